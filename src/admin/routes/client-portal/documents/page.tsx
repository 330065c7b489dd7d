import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState, formatDate } from "../../../components/common/query-state"
import { SearchInput } from "../../../components/common/search-input"
import { PublishDocumentDrawer } from "../../../components/support/publish-document-drawer"
import { DOCUMENT_CATEGORIES, useDocuments } from "../../../hooks/api/support"

const PAGE = 20
const ALL = "all"

/** The documents shared with clients: who they are for, their current version and how many read it. */
const DocumentsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [category, setCategory] = useState(ALL)
  const [offset, setOffset] = useState(0)
  const [publishing, setPublishing] = useState(false)
  const { data, isPending, error } = useDocuments({ q: q.trim(), category: category === ALL ? undefined : category, limit: PAGE, offset })
  return (
    <Container className="divide-y p-0" data-testid="documents-page">
      <PageHeader title={t("clientPortal.support.documents.pageTitle")} subtitle={t("clientPortal.support.documents.subtitle")}>
        <Button size="small" variant="secondary" onClick={() => setPublishing(true)} data-testid="publish-document">
          {t("clientPortal.support.documents.publish")}
        </Button>
      </PageHeader>
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <SearchInput
          label={t("clientPortal.support.documents.search")}
          value={q}
          onChange={(value) => {
            setQ(value)
            setOffset(0)
          }}
        />
        <Select
          size="small"
          value={category}
          onValueChange={(value) => {
            setCategory(value)
            setOffset(0)
          }}
        >
          <Select.Trigger aria-label={t("clientPortal.support.fields.category")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.support.allCategories")}</Select.Item>
            {DOCUMENT_CATEGORIES.map((c) => (
              <Select.Item key={c} value={c}>
                {t(`clientPortal.support.documents.categories.${c}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.documents.length} empty={t("clientPortal.support.documents.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.support.documents.title")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.category")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.documents.audience")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.documents.version")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.documents.readers")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.documents.publishedAt")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.documents.map((document) => (
              <Table.Row key={document.id} className="cursor-pointer" onClick={() => navigate(document.id)} data-testid="document-row">
                <Table.Cell>
                  <Link to={document.id} className="text-ui-fg-interactive hover:underline">
                    {document.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`clientPortal.support.documents.categories.${document.category}`)}</Table.Cell>
                <Table.Cell>{t(`clientPortal.support.documents.audiences.${document.audience}`)}</Table.Cell>
                <Table.Cell>v{document.version}</Table.Cell>
                <Table.Cell>{document.read_count}</Table.Cell>
                <Table.Cell>{formatDate(document.published_at, i18n.language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
      {publishing ? <PublishDocumentDrawer onClose={() => setPublishing(false)} onPublished={(id) => navigate(id)} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.support.documents.menu",
  translationNs: "translation",
})

export default DocumentsPage
