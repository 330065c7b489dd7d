import { Badge, Button, Checkbox, Container, Input, Select, Table, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { SiteSelect } from "../../../components/client-accounts/site-select"
import { FormDrawer } from "../../../components/common/form-drawer"
import { PageHeader } from "../../../components/common/page-header"
import { Field, QueryState } from "../../../components/common/query-state"
import { useStaffUsers } from "../../../hooks/api/quotes"
import {
  TICKET_PRIORITIES,
  useCreateTicketCategory,
  useDeleteTicketCategory,
  useTicketCategories,
  useUpdateTicketCategory,
  type AdminTicketCategory,
  type TicketCategoryBody,
  type TicketCategoryTranslations,
  type TicketPriority,
} from "../../../hooks/api/support"

const ANY = "any"
const NOBODY = "nobody"
/** The clients' other languages (the portal's and the e-mails'); English is the category's own text. */
const LANGUAGES = ["fr", "it", "sk"] as const

type TranslationDraft = Record<(typeof LANGUAGES)[number], { name: string; description: string }>

/** A language with neither text is left out: the portal then shows the default name and description. */
function cleanTranslations(drafts: TranslationDraft): TicketCategoryTranslations {
  const kept: TicketCategoryTranslations = {}
  for (const language of LANGUAGES) {
    const name = drafts[language].name.trim()
    const description = drafts[language].description.trim()
    if (name || description) kept[language] = { name: name || null, description: description || null }
  }
  return kept
}

type RuleDraft = { account_id: string; site_id: string; priority: string; assignee_id: string }

function useStaffOptions() {
  const { data: users } = useStaffUsers()
  return (users ?? []).map((u) => ({ value: u.id, label: [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email }))
}

/**
 * One category and its routing rules. The first rule that matches a new ticket (its site, its priority)
 * names the assignee; without a match the category's default assignee takes it.
 */
function CategoryDrawer({ category, onClose }: { category: AdminTicketCategory | null; onClose: () => void }) {
  const { t } = useTranslation()
  const staff = useStaffOptions()
  const create = useCreateTicketCategory()
  const update = useUpdateTicketCategory(category?.id ?? "")
  const [name, setName] = useState(category?.name ?? "")
  const [description, setDescription] = useState(category?.description ?? "")
  const [translations, setTranslations] = useState<TranslationDraft>(() => {
    const saved = category?.translations ?? {}
    const draft = (language: (typeof LANGUAGES)[number]) => ({ name: saved[language]?.name ?? "", description: saved[language]?.description ?? "" })
    return { fr: draft("fr"), it: draft("it"), sk: draft("sk") }
  })
  const translate = (language: (typeof LANGUAGES)[number], patch: Partial<TranslationDraft["fr"]>) =>
    setTranslations((all) => ({ ...all, [language]: { ...all[language], ...patch } }))
  const [assignee, setAssignee] = useState(category?.default_assignee_id ?? NOBODY)
  const [active, setActive] = useState(category?.active ?? true)
  const [rules, setRules] = useState<RuleDraft[]>(
    (category?.routing_rules ?? []).map((r) => ({ account_id: "", site_id: r.site_id ?? ANY, priority: r.priority ?? ANY, assignee_id: r.assignee_id }))
  )
  const setRule = (index: number, patch: Partial<RuleDraft>) => setRules((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  const body: TicketCategoryBody = {
    name: name.trim(),
    description: description.trim() || null,
    translations: cleanTranslations(translations),
    default_assignee_id: assignee === NOBODY ? null : assignee,
    active,
    routing_rules: rules
      .filter((r) => r.assignee_id)
      .map((r) => ({ site_id: r.site_id === ANY ? null : r.site_id, priority: r.priority === ANY ? null : (r.priority as TicketPriority), assignee_id: r.assignee_id })),
  }
  const save = () =>
    (category ? update : create).mutateAsync(body, {
      onSuccess: () => {
        toast.success(t("clientPortal.support.saved"))
        onClose()
      },
    })
  return (
    <FormDrawer
      title={category ? category.name : t("clientPortal.support.newCategory")}
      onClose={onClose}
      onSubmit={save}
      isPending={create.isPending || update.isPending}
      testId="category-form"
    >
      <Field id="category-name" label={t("clientPortal.support.fields.name")}>
        <Input id="category-name" value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field id="category-description" label={t("clientPortal.support.fields.description")}>
        <Textarea id="category-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <fieldset className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3" data-testid="category-translations">
        <legend className="txt-compact-small-plus px-1">{t("clientPortal.support.categoryTranslations")}</legend>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("clientPortal.support.categoryTranslationsHint")}
        </Text>
        {LANGUAGES.map((language) => {
          const languageName = t(`clientPortal.interventions.types.languages.${language}`)
          return (
            <div key={language} className="grid gap-2 sm:grid-cols-2">
              <Field id={`category-name-${language}`} label={t("clientPortal.support.translatedName", { language: languageName })}>
                <Input
                  id={`category-name-${language}`}
                  value={translations[language].name}
                  placeholder={name}
                  onChange={(e) => translate(language, { name: e.target.value })}
                />
              </Field>
              <Field id={`category-description-${language}`} label={t("clientPortal.support.translatedDescription", { language: languageName })}>
                <Input
                  id={`category-description-${language}`}
                  value={translations[language].description}
                  placeholder={description}
                  onChange={(e) => translate(language, { description: e.target.value })}
                />
              </Field>
            </div>
          )
        })}
      </fieldset>
      <Field id="category-assignee" label={t("clientPortal.support.defaultAssignee")}>
        <Select value={assignee} onValueChange={setAssignee}>
          <Select.Trigger id="category-assignee">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NOBODY}>{t("clientPortal.support.unassigned")}</Select.Item>
            {staff.map((s) => (
              <Select.Item key={s.value} value={s.value}>
                {s.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <label className="txt-compact-small flex items-center gap-2">
        <Checkbox checked={active} onCheckedChange={(checked) => setActive(checked === true)} />
        {t("clientPortal.support.activeCategory")}
      </label>
      <div className="flex flex-col gap-y-3">
        <Text size="small" weight="plus">
          {t("clientPortal.support.routingRules")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("clientPortal.support.routingHint")}
        </Text>
        {rules.map((rule, index) => (
          <fieldset key={index} className="grid grid-cols-1 gap-2 rounded-md border p-3" data-testid="routing-rule">
            <legend className="txt-compact-xsmall px-1 text-ui-fg-subtle">{t("clientPortal.support.ruleNumber", { number: index + 1 })}</legend>
            <AccountSelect
              size="small"
              value={rule.account_id || ANY}
              onValueChange={(account_id) => setRule(index, { account_id: account_id === ANY ? "" : account_id, site_id: ANY })}
              label={t("clientPortal.support.fields.account")}
              anyOption={{ value: ANY, label: t("clientPortal.support.anyAccount") }}
            />
            <SiteSelect
              size="small"
              accountId={rule.account_id}
              value={rule.site_id}
              onValueChange={(site_id) => setRule(index, { site_id })}
              label={t("clientPortal.support.fields.site")}
              anyOption={{ value: ANY, label: t("clientPortal.support.anySite") }}
            />
            <Select size="small" value={rule.priority} onValueChange={(priority) => setRule(index, { priority })}>
              <Select.Trigger aria-label={t("clientPortal.support.fields.priority")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ANY}>{t("clientPortal.support.anyPriority")}</Select.Item>
                {TICKET_PRIORITIES.map((p) => (
                  <Select.Item key={p} value={p}>
                    {t(`clientPortal.support.priorities.${p}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Select size="small" value={rule.assignee_id} onValueChange={(assignee_id) => setRule(index, { assignee_id })}>
              <Select.Trigger aria-label={t("clientPortal.support.fields.assignee")}>
                <Select.Value placeholder={t("clientPortal.support.chooseAssignee")} />
              </Select.Trigger>
              <Select.Content>
                {staff.map((s) => (
                  <Select.Item key={s.value} value={s.value}>
                    {s.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Button type="button" size="small" variant="transparent" onClick={() => setRules((all) => all.filter((_, i) => i !== index))}>
              {t("clientPortal.support.removeRule")}
            </Button>
          </fieldset>
        ))}
        <Button type="button" size="small" variant="secondary" onClick={() => setRules((all) => [...all, { account_id: "", site_id: ANY, priority: ANY, assignee_id: "" }])}>
          {t("clientPortal.support.addRule")}
        </Button>
      </div>
    </FormDrawer>
  )
}

function DeleteCategory({ category }: { category: AdminTicketCategory }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const remove = useDeleteTicketCategory(category.id)
  return (
    <Button
      size="small"
      variant="transparent"
      isLoading={remove.isPending}
      onClick={async (event) => {
        event.stopPropagation()
        if (await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.support.deleteCategory", { name: category.name }) })) {
          remove.mutate(undefined, { onError: (e) => toast.error(e.message) })
        }
      }}
    >
      {t("clientPortal.support.delete")}
    </Button>
  )
}

/** Ticket categories and the rules that route each new ticket to the person responsible. */
const TicketCategoriesPage = () => {
  const { t } = useTranslation()
  const { data: categories, isPending, error } = useTicketCategories()
  const staff = useStaffOptions()
  const [editing, setEditing] = useState<AdminTicketCategory | "new" | null>(null)
  const nameOf = (id: string | null) => staff.find((s) => s.value === id)?.label ?? t("clientPortal.support.unassigned")
  return (
    <Container className="divide-y p-0" data-testid="ticket-categories-page">
      <PageHeader title={t("clientPortal.support.categoriesTitle")} subtitle={t("clientPortal.support.categoriesSubtitle")}>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          {t("clientPortal.support.newCategory")}
        </Button>
      </PageHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!categories?.length} empty={t("clientPortal.support.noCategories")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.support.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.defaultAssignee")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.routingRules")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {categories?.map((category) => (
              <Table.Row key={category.id} className="cursor-pointer" onClick={() => setEditing(category)} data-testid="category-row">
                <Table.Cell>
                  {category.name} {category.active ? null : <Badge size="2xsmall">{t("clientPortal.support.inactive")}</Badge>}
                </Table.Cell>
                <Table.Cell>{nameOf(category.default_assignee_id)}</Table.Cell>
                <Table.Cell>
                  {category.routing_rules.length
                    ? category.routing_rules
                        .map((r) =>
                          t("clientPortal.support.ruleSummary", {
                            priority: r.priority ? t(`clientPortal.support.priorities.${r.priority}`) : t("clientPortal.support.anyPriority"),
                            site: r.site_id ? t("clientPortal.support.oneSite") : t("clientPortal.support.anySite"),
                            assignee: nameOf(r.assignee_id),
                          })
                        )
                        .join(" · ")
                    : "—"}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <DeleteCategory category={category} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {editing ? <CategoryDrawer category={editing === "new" ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Container>
  )
}

export default TicketCategoriesPage
