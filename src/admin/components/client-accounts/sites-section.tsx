import { Button, Container, Input, Table, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Field, QueryState } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import { useCreateSite, useDeleteSite, useSites, useUpdateSite, type Site, type SiteBody } from "../../hooks/api/client-accounts"
import { SectionHeader } from "../common/section-header"

const TEXT = ["name", "address_1", "postal_code", "city", "country_code", "contact_name", "contact_phone"] as const

function SiteDrawer({ accountId, site, onClose }: { accountId: string; site: Site | null; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreateSite(accountId)
  const update = useUpdateSite(accountId)
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(TEXT.map((f) => [f, site?.[f] ?? ""])),
    latitude: site?.latitude?.toString() ?? "",
    longitude: site?.longitude?.toString() ?? "",
    notes: site?.notes ?? "",
  }))
  const submit = async () => {
    const body: SiteBody = {}
    for (const [key, value] of Object.entries(values)) {
      const v = value.trim()
      ;(body as Record<string, unknown>)[key] =
        key === "latitude" || key === "longitude" ? (v === "" ? null : Number(v)) : v === "" && key !== "name" ? null : v
    }
    if (site) await update.mutateAsync({ ...body, _id: site.id })
    else await create.mutateAsync(body)
    toast.success(t("clientPortal.sites.saved"))
    onClose()
  }
  return (
    <FormDrawer
      title={site ? t("clientPortal.sites.edit") : t("clientPortal.sites.create")}
      onClose={onClose}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
    >
      {[...TEXT, "latitude", "longitude"].map((field) => (
        <Field key={field} id={`site-${field}`} label={t(`clientPortal.fields.${field}`)}>
          <Input
            id={`site-${field}`}
            value={values[field]}
            required={field === "name"}
            type={field === "latitude" || field === "longitude" ? "number" : "text"}
            step="any"
            min={field === "latitude" ? -90 : field === "longitude" ? -180 : undefined}
            max={field === "latitude" ? 90 : field === "longitude" ? 180 : undefined}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </Field>
      ))}
      <Field id="site-notes" label={t("clientPortal.fields.notes")}>
        <Textarea id="site-notes" value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
      </Field>
    </FormDrawer>
  )
}

export function SitesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useSites(accountId)
  const remove = useDeleteSite(accountId)
  const prompt = usePrompt()
  const [editing, setEditing] = useState<Site | null | undefined>(undefined)

  const onDelete = async (site: Site) => {
    const confirmed = await prompt({
      title: t("clientPortal.common.areYouSure"),
      description: t("clientPortal.sites.deleteConfirm", { name: site.name }),
    })
    if (!confirmed) return
    remove.mutate({ _id: site.id }, { onError: (e) => toast.error(e.message) })
  }

  return (
    <Container className="divide-y p-0" data-testid="account-sites">
      <SectionHeader title={t("clientPortal.sites.heading")}>
        <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
          {t("clientPortal.sites.create")}
        </Button>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.sites.length} empty={t("clientPortal.sites.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fields.city")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.sites.position")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.sites.map((site) => (
              <Table.Row key={site.id}>
                <Table.Cell>{site.name}</Table.Cell>
                <Table.Cell>{[site.postal_code, site.city].filter(Boolean).join(" ") || "—"}</Table.Cell>
                <Table.Cell>{site.latitude !== null && site.longitude !== null ? `${site.latitude}, ${site.longitude}` : "—"}</Table.Cell>
                <Table.Cell className="flex justify-end gap-x-2">
                  <Button size="small" variant="transparent" onClick={() => setEditing(site)}>
                    {t("clientPortal.common.edit")}
                  </Button>
                  <Button size="small" variant="transparent" onClick={() => onDelete(site)}>
                    {t("clientPortal.common.delete")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {editing !== undefined ? <SiteDrawer accountId={accountId} site={editing} onClose={() => setEditing(undefined)} /> : null}
    </Container>
  )
}
