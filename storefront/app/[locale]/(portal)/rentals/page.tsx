import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("rentals")

export default function RentalsPage() {
  return <SectionPage section="rentals" />
}
