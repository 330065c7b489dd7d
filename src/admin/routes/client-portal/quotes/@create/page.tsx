import { QuoteFormDrawer } from "../../../../components/quotes/quote-form-drawer"
import { useCreateQuote } from "../../../../hooks/api/quotes"

const CreateQuote = () => {
  const create = useCreateQuote()
  return <QuoteFormDrawer onSubmit={create.mutateAsync} isPending={create.isPending} backTo="/client-portal/quotes" />
}

export default CreateQuote
