export { renderEmail, isEmailTemplateName, EMAIL_TEMPLATE_NAMES, type EmailTemplateName } from "./render"
export {
  resolveEmailLocale,
  EMAIL_LOCALES,
  DEFAULT_EMAIL_LOCALE,
  type EmailLocale,
  type Translator,
} from "./i18n"
export { escapeHtml, type EmailData, type EmailTemplate, type RenderedEmail } from "./layout"
