import { getTranslations } from "next-intl/server"
import { photoHref, type StoreIntervention } from "@/lib/data/interventions"

/**
 * The visit's photos as a grid of thumbnails, each a link that opens the photo full size in a new tab: plain
 * links, so the keyboard reaches each in turn and a screen reader reads its description (staff's caption, or
 * "Photo 2 of 3 of intervention INT-1004") and where it opens. Plain <img>: the photos are private files
 * streamed with the session, which Next's image optimiser could not fetch.
 */
export async function PhotoGallery({ intervention }: { intervention: StoreIntervention }) {
  const t = await getTranslations("Interventions")
  const count = intervention.photos.length
  return (
    <section aria-labelledby="photos-title" className="mt-10" data-testid="intervention-photos">
      <h2 id="photos-title" className="text-lg font-semibold text-slate-900">
        {t("photos")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("gallery.intro", { count })}</p>
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {intervention.photos.map((photo, index) => {
          const alt = photo.caption || t("gallery.alt", { n: index + 1, count, number: intervention.number })
          return (
            <li key={photo.id}>
              <figure className="overflow-hidden rounded-xl border border-slate-200 bg-white">
                <a
                  href={photoHref(intervention.id, photo.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="block focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
                  data-testid="intervention-photo"
                >
                  <img src={photoHref(intervention.id, photo.id)} alt={`${alt} (${t("gallery.open")})`} loading="lazy" className="aspect-[4/3] w-full object-cover" />
                </a>
                {photo.caption ? <figcaption className="px-3 py-2 text-sm break-words text-slate-700" aria-hidden="true">{photo.caption}</figcaption> : null}
              </figure>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
