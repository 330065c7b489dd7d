import { useSearchParams } from "react-router-dom"
import { QuoteFormDrawer } from "../../../../components/quotes/quote-form-drawer"
import { useCreateQuote } from "../../../../hooks/api/quotes"

const CreateQuote = () => {
  const create = useCreateQuote()
  // The customer page's widget opens the form for that customer's account.
  const [params] = useSearchParams()
  return (
    <QuoteFormDrawer
      accountId={params.get("account_id") ?? undefined}
      onSubmit={create.mutateAsync}
      isPending={create.isPending}
      backTo="/client-portal/quotes"
    />
  )
}

export default CreateQuote
