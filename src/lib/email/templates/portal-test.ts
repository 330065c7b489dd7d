import { composeEmail, readText, type EmailTemplate } from "../layout"

/**
 * Lets staff (and tests) check the mail setup end to end; it needs no data.
 * data: business_name, logo_url, locale.
 */
export const portalTest: EmailTemplate = (data, t) => {
  const businessName = readText(data, "business_name")

  return composeEmail(data, t, {
    subject: businessName
      ? t("portalTest.subject", { business_name: businessName })
      : t("portalTest.subjectNeutral"),
    heading: t("portalTest.heading"),
    paragraphs: [
      businessName
        ? t("portalTest.body", { business_name: businessName })
        : t("portalTest.bodyNeutral"),
      t("portalTest.noAction"),
    ],
  })
}
