import type { FetchError } from "@medusajs/js-sdk"
import { Button, toast, usePrompt } from "@medusajs/ui"
import type { UseMutationResult } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"

/**
 * Edit and Delete on a record's page. Delete asks first (`confirm` names what goes), then leaves for the
 * list the record was on, since its own page no longer exists.
 */
export function RecordActions({
  confirm,
  remove,
  afterDelete,
}: {
  confirm: string
  remove: UseMutationResult<unknown, FetchError, void>
  afterDelete: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const onDelete = async () => {
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: confirm }))) return
    remove.mutate(undefined, { onSuccess: () => navigate(afterDelete), onError: (e) => toast.error(e.message) })
  }
  return (
    <>
      <Button size="small" variant="secondary" asChild>
        <Link to="edit">{t("clientPortal.common.edit")}</Link>
      </Button>
      <Button size="small" variant="danger" onClick={onDelete} isLoading={remove.isPending}>
        {t("clientPortal.common.delete")}
      </Button>
    </>
  )
}
