import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("fleet")

export default function FleetPage() {
  return <SectionPage section="fleet" />
}
