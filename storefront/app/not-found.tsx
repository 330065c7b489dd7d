import { routing } from "@/i18n/routing"

// Reached only for paths outside the locale segments (the proxy sends every
// other path to a locale), so it cannot know the visitor's language.
export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="flex min-h-screen items-center justify-center p-6 font-sans">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-2 text-slate-600">The page you are looking for does not exist.</p>
          <a
            href="/"
            className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Home
          </a>
        </main>
      </body>
    </html>
  )
}
