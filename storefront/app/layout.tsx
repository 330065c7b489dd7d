import type { ReactNode } from "react"
import "./globals.css"

// The real document (<html lang>, <body>) is rendered per locale in
// app/[locale]/layout.tsx; this root only passes its children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
