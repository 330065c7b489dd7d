import { useParams } from "react-router-dom"
import { QuoteFormDrawer } from "../../../../../components/quotes/quote-form-drawer"
import { useQuote, useUpdateQuote } from "../../../../../hooks/api/quotes"

const EditQuote = () => {
  const { id = "" } = useParams()
  const { data: quote } = useQuote(id)
  const update = useUpdateQuote(id)
  if (!quote) return null
  return <QuoteFormDrawer quote={quote} onSubmit={update.mutateAsync} isPending={update.isPending} backTo={`/client-portal/quotes/${id}`} />
}

export default EditQuote
