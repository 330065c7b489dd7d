// The few parts of react-calendar-timeline 0.28 (MIT) the units calendar uses; the package ships no types.
declare module "react-calendar-timeline" {
  import type { ComponentType, CSSProperties, ReactNode } from "react"

  export type TimelineGroup = { id: string; title: ReactNode }
  export type TimelineItem = {
    id: string
    group: string
    title: ReactNode
    start_time: number
    end_time: number
    canMove?: boolean
    canResize?: boolean
    itemProps?: { style?: CSSProperties; className?: string; title?: string; "data-testid"?: string }
  }

  /** What an `itemRenderer` receives; `getItemProps` gives the bar's position, classes and click handling. */
  export type ItemRendererProps = {
    item: TimelineItem
    itemContext: { title: ReactNode; dimensions: { height: number } }
    getItemProps: (props: { style?: CSSProperties; className?: string }) => Record<string, unknown>
  }

  export type TimelineProps = {
    groups: TimelineGroup[]
    items: TimelineItem[]
    /** Dates (the library reads them with valueOf and declares them objects). */
    defaultTimeStart: Date
    defaultTimeEnd: Date
    canMove?: boolean
    canResize?: boolean | "left" | "right" | "both"
    canSelect?: boolean
    stackItems?: boolean
    lineHeight?: number
    itemHeightRatio?: number
    sidebarWidth?: number
    minZoom?: number
    maxZoom?: number
    itemRenderer?: (props: ItemRendererProps) => ReactNode
    onItemClick?: (itemId: string, event: unknown, time: number) => void
    onItemSelect?: (itemId: string, event: unknown, time: number) => void
    children?: ReactNode
  }

  const Timeline: ComponentType<TimelineProps>
  export default Timeline
  export const TimelineHeaders: ComponentType<{ children?: ReactNode; className?: string }>
  export const SidebarHeader: ComponentType<{ children: (props: { getRootProps: () => object }) => ReactNode }>
  export const DateHeader: ComponentType<{ unit?: "primaryHeader" | "day" | "week" | "month" | "year"; labelFormat?: string }>
  export const TimelineMarkers: ComponentType<{ children?: ReactNode }>
  export const TodayMarker: ComponentType<{ date?: number }>
}
