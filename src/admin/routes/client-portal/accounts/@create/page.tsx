import { AccountFormDrawer } from "../../../../components/client-accounts/account-form-drawer"
import { useCreateClientAccount } from "../../../../hooks/api/client-accounts"

const CreateClientAccount = () => {
  const create = useCreateClientAccount()
  return <AccountFormDrawer onSubmit={create.mutateAsync} isPending={create.isPending} backTo="/client-portal/accounts" />
}

export default CreateClientAccount
