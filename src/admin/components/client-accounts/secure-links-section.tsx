import { Button, Container, Copy, FocusModal, Heading, Input, Select, StatusBadge, Switch, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field, formatDate, QueryState } from "../common/query-state"
import { SectionHeader } from "../common/section-header"
import { SiteSelect } from "./site-select"
import {
  useCreateSecureLink,
  useRevokeSecureLink,
  useSecureLinks,
  useSites,
  type CreatedSecureLink,
  type SecureLink,
} from "../../hooks/api/client-accounts"

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Creates a link and then shows its URL: the only time it can be seen, hence the copy button. */
export function CreateSecureLinkModal({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreateSecureLink(accountId)
  const [scope, setScope] = useState<"account" | "site">("account")
  const [siteId, setSiteId] = useState("")
  const [label, setLabel] = useState("")
  const [expires, setExpires] = useState(inDays(14))
  const [allowActions, setAllowActions] = useState(false)
  const [created, setCreated] = useState<CreatedSecureLink | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { secure_link } = await create.mutateAsync({
        scope,
        ...(scope === "site" ? { site_id: siteId } : {}),
        ...(label.trim() ? { label: label.trim() } : {}),
        allow_actions: allowActions,
        // End of the chosen day, so that "valid until the 14th" includes the 14th.
        expires_at: new Date(`${expires}T23:59:59`).toISOString(),
      })
      setCreated(secure_link)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <FocusModal open onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-12">
          <div className="flex w-full max-w-[560px] flex-col gap-y-4">
            <Heading>{t("clientPortal.links.create")}</Heading>
            {created ? (
              <div className="flex flex-col gap-y-3" data-testid="secure-link-created">
                <Text size="small">{t("clientPortal.links.shownOnce")}</Text>
                <div className="flex items-center gap-x-2 rounded-md border p-3">
                  <code className="txt-compact-small break-all" data-testid="secure-link-url">
                    {created.url}
                  </code>
                  <Copy content={created.url} />
                </div>
                <Button onClick={onClose}>{t("clientPortal.common.done")}</Button>
              </div>
            ) : (
              <form onSubmit={submit} className="flex flex-col gap-y-4">
                <Field id="link-scope" label={t("clientPortal.links.scope")}>
                  <Select value={scope} onValueChange={(v) => setScope(v as "account" | "site")}>
                    <Select.Trigger id="link-scope">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value="account">{t("clientPortal.links.scopes.account")}</Select.Item>
                      <Select.Item value="site">{t("clientPortal.links.scopes.site")}</Select.Item>
                    </Select.Content>
                  </Select>
                </Field>
                {scope === "site" ? (
                  <Field id="link-site" label={t("clientPortal.links.site")}>
                    <SiteSelect
                      id="link-site"
                      accountId={accountId}
                      value={siteId}
                      onValueChange={setSiteId}
                      placeholder={t("clientPortal.links.pickSite")}
                    />
                  </Field>
                ) : null}
                <Field id="link-label" label={t("clientPortal.links.label")}>
                  <Input id="link-label" value={label} onChange={(e) => setLabel(e.target.value)} />
                </Field>
                <Field id="link-expires" label={t("clientPortal.links.expires")}>
                  <Input id="link-expires" type="date" required min={inDays(0)} value={expires} onChange={(e) => setExpires(e.target.value)} />
                </Field>
                <label className="flex items-center gap-x-2 txt-compact-small">
                  <Switch checked={allowActions} onCheckedChange={setAllowActions} />
                  {t("clientPortal.links.allowActions")}
                </label>
                <Button type="submit" isLoading={create.isPending} disabled={scope === "site" && !siteId}>
                  {t("clientPortal.links.createButton")}
                </Button>
              </form>
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export function linkStatus(link: SecureLink): "revoked" | "expired" | "active" {
  if (link.revoked_at) return "revoked"
  return new Date(link.expires_at) <= new Date() ? "expired" : "active"
}

export function SecureLinksTable({ accountId, links }: { accountId: string; links: SecureLink[] }) {
  const { t, i18n } = useTranslation()
  const revoke = useRevokeSecureLink(accountId)
  const { data: sites } = useSites(accountId)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("clientPortal.links.label")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.links.scope")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.links.expires")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.links.lastUse")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.members.status")}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {links.map((link) => {
          const status = linkStatus(link)
          return (
            <Table.Row key={link.id}>
              <Table.Cell>{link.label ?? "—"}</Table.Cell>
              <Table.Cell>
                {link.scope === "site"
                  ? sites?.sites.find((s) => s.id === link.site_id)?.name ?? t("clientPortal.links.scopes.site")
                  : t(`clientPortal.links.scopes.${link.scope}`)}
              </Table.Cell>
              <Table.Cell>{formatDate(link.expires_at, i18n.language)}</Table.Cell>
              <Table.Cell>
                {link.last_used_at ? `${formatDate(link.last_used_at, i18n.language)} (${link.use_count})` : t("clientPortal.links.neverUsed")}
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={status === "active" ? "green" : status === "expired" ? "orange" : "red"}>
                  {t(`clientPortal.links.status.${status}`)}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell className="text-right">
                {status === "active" ? (
                  <Button
                    size="small"
                    variant="transparent"
                    isLoading={revoke.isPending && revoke.variables?._id === link.id}
                    onClick={() => revoke.mutate({ _id: link.id }, { onError: (e) => toast.error(e.message) })}
                  >
                    {t("clientPortal.links.revoke")}
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

export function SecureLinksSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useSecureLinks(accountId)
  const [creating, setCreating] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="account-secure-links">
      <SectionHeader title={t("clientPortal.links.heading")}>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          {t("clientPortal.links.create")}
        </Button>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.secure_links.length} empty={t("clientPortal.links.empty")}>
        <SecureLinksTable accountId={accountId} links={data?.secure_links ?? []} />
      </QueryState>
      {creating ? <CreateSecureLinkModal accountId={accountId} onClose={() => setCreating(false)} /> : null}
    </Container>
  )
}
