import { Badge, Button, Checkbox, Container, DropdownMenu, IconButton, Input, Select, Switch, Table, toast, usePrompt } from "@medusajs/ui"
import { EllipsisHorizontal } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Field, QueryState } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import {
  ROLES,
  useCreateMember,
  useMembers,
  useRemoveMember,
  useSites,
  useUpdateMember,
  type Member,
  type Role,
  type Site,
} from "../../hooks/api/client-accounts"
import { useMemberActions } from "./member-actions"
import { SectionHeader } from "../common/section-header"

function SitePicker({ sites, value, onChange }: { sites: Site[]; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2">
      <span className="txt-compact-small-plus">{t("clientPortal.members.sites")}</span>
      <span className="txt-compact-xsmall text-ui-fg-subtle">{t("clientPortal.members.sitesHint")}</span>
      {sites.map((site) => (
        <label key={site.id} className="flex items-center gap-x-2 txt-compact-small">
          <Checkbox
            checked={value.includes(site.id)}
            onCheckedChange={(checked) => onChange(checked ? [...value, site.id] : value.filter((id) => id !== site.id))}
          />
          {site.name}
        </label>
      ))}
    </div>
  )
}

export function AddMemberDrawer({
  accountId,
  onClose,
  customerId,
}: {
  accountId: string
  onClose: () => void
  /** From the customer page: the customer to add, instead of an e-mail. */
  customerId?: string
}) {
  const { t } = useTranslation()
  const create = useCreateMember(accountId)
  const { data: sites } = useSites(accountId)
  const [values, setValues] = useState({ email: "", first_name: "", last_name: "", phone: "" })
  const [role, setRole] = useState<Role>("viewer")
  const [siteIds, setSiteIds] = useState<string[]>([])
  const [payer, setPayer] = useState(false)
  const [invite, setInvite] = useState(true)

  const submit = async () => {
    const person = customerId
      ? { customer_id: customerId }
      : Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ""))
    await create.mutateAsync({ ...person, role, site_ids: siteIds, is_payer: payer, invite })
    toast.success(t("clientPortal.members.added"))
    onClose()
  }
  return (
    <FormDrawer title={t("clientPortal.members.add")} onClose={onClose} onSubmit={submit} isPending={create.isPending}>
      {customerId
        ? null
        : (["email", "first_name", "last_name", "phone"] as const).map((field) => (
            <Field key={field} id={`member-${field}`} label={t(`clientPortal.fields.${field}`)}>
              <Input
                id={`member-${field}`}
                type={field === "email" ? "email" : "text"}
                required={field === "email"}
                value={values[field]}
                onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              />
            </Field>
          ))}
      <Field id="member-role" label={t("clientPortal.members.role")}>
        <Select value={role} onValueChange={(v) => setRole(v as Role)}>
          <Select.Trigger id="member-role">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {ROLES.map((r) => (
              <Select.Item key={r} value={r}>
                {t(`clientPortal.roles.${r}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <SitePicker sites={sites?.sites ?? []} value={siteIds} onChange={setSiteIds} />
      <label className="flex items-center gap-x-2 txt-compact-small">
        <Switch checked={payer} onCheckedChange={setPayer} />
        {t("clientPortal.members.payer")}
      </label>
      <label className="flex items-center gap-x-2 txt-compact-small">
        <Switch checked={invite} onCheckedChange={setInvite} />
        {t("clientPortal.members.sendInvitation")}
      </label>
    </FormDrawer>
  )
}

const memberName = (m: Member) =>
  [m.customer?.first_name, m.customer?.last_name].filter(Boolean).join(" ") || m.customer?.email || m.customer_id

export function MembersSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useMembers(accountId)
  const { data: sites } = useSites(accountId)
  const update = useUpdateMember(accountId)
  const remove = useRemoveMember(accountId)
  const actions = useMemberActions(accountId)
  const prompt = usePrompt()
  const [adding, setAdding] = useState(false)
  const siteName = (id: string) => sites?.sites.find((s) => s.id === id)?.name ?? id

  const onRemove = async (member: Member) => {
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.members.removeConfirm", { name: memberName(member) }) })))
      return
    remove.mutate({ _id: member.id }, { onError: (e) => toast.error(e.message) })
  }

  return (
    <Container className="divide-y p-0" data-testid="account-members">
      <SectionHeader title={t("clientPortal.members.heading")}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t("clientPortal.members.add")}
        </Button>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.members.length} empty={t("clientPortal.members.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.members.person")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.members.role")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.members.sites")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.members.payer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.members.status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>{memberName(member)}</span>
                    <span className="txt-compact-xsmall text-ui-fg-subtle">{member.customer?.email}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Select
                    size="small"
                    value={member.role}
                    onValueChange={(role) =>
                      update.mutate({ _id: member.id, role: role as Role }, { onError: (e) => toast.error(e.message) })
                    }
                  >
                    <Select.Trigger aria-label={t("clientPortal.members.role")}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {ROLES.map((r) => (
                        <Select.Item key={r} value={r}>
                          {t(`clientPortal.roles.${r}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Table.Cell>
                <Table.Cell>{member.site_ids.length ? member.site_ids.map(siteName).join(", ") : t("clientPortal.members.allSites")}</Table.Cell>
                <Table.Cell>
                  <Switch
                    aria-label={t("clientPortal.members.payer")}
                    checked={member.is_payer}
                    onCheckedChange={(is_payer) => update.mutate({ _id: member.id, is_payer }, { onError: (e) => toast.error(e.message) })}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={member.last_sign_in_at ? "green" : member.invited_at ? "blue" : "grey"}>
                    {member.last_sign_in_at
                      ? t("clientPortal.members.signedIn")
                      : member.invited_at
                        ? t("clientPortal.members.invitedStatus")
                        : t("clientPortal.members.notInvited")}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent" aria-label={t("clientPortal.common.actions")}>
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      <DropdownMenu.Item onClick={() => actions.invite(member.id, member.customer?.email ?? "")}>
                        {t("clientPortal.members.invite")}
                      </DropdownMenu.Item>
                      <DropdownMenu.Item onClick={() => actions.letter(member.id)}>{t("clientPortal.members.letter")}</DropdownMenu.Item>
                      <DropdownMenu.Item onClick={() => actions.viewAs(member.id)}>{t("clientPortal.members.viewAs")}</DropdownMenu.Item>
                      <DropdownMenu.Separator />
                      <DropdownMenu.Item onClick={() => onRemove(member)}>{t("clientPortal.members.remove")}</DropdownMenu.Item>
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {adding ? <AddMemberDrawer accountId={accountId} onClose={() => setAdding(false)} /> : null}
    </Container>
  )
}
