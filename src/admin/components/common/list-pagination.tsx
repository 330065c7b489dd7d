import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Paging under a client-portal list that the server pages by offset and limit, with the shared translations. */
export function ListPagination({
  count,
  pageSize,
  offset,
  onOffsetChange,
}: {
  count: number
  pageSize: number
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t } = useTranslation()
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={Math.floor(offset / pageSize)}
      pageCount={Math.max(1, Math.ceil(count / pageSize))}
      canPreviousPage={offset > 0}
      canNextPage={offset + pageSize < count}
      previousPage={() => onOffsetChange(Math.max(0, offset - pageSize))}
      nextPage={() => onOffsetChange(offset + pageSize)}
      translations={{
        of: t("clientPortal.common.of"),
        results: t("clientPortal.common.results"),
        pages: t("clientPortal.common.pages"),
        prev: t("clientPortal.common.prev"),
        next: t("clientPortal.common.next"),
      }}
    />
  )
}
