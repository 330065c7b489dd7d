import { useParams } from "react-router-dom"
import { AccountFormDrawer } from "../../../../../components/client-accounts/account-form-drawer"
import { useClientAccount, useUpdateClientAccount } from "../../../../../hooks/api/client-accounts"

const EditClientAccount = () => {
  const { id = "" } = useParams()
  const { data: account } = useClientAccount(id)
  const update = useUpdateClientAccount(id)
  if (!account) return null
  return (
    <AccountFormDrawer
      account={account}
      onSubmit={update.mutateAsync}
      isPending={update.isPending}
      backTo={`/client-portal/accounts/${id}`}
    />
  )
}

export default EditClientAccount
