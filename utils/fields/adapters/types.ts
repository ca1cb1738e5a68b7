/** The UI frameworks the platforms are built with, whose public structure we read (never a site's own ids). */
export type FrameworkName = 'element-plus' | 'element-ui' | 'ant-design-vue' | 'layui';

/** What a framework widget is, as far as reading and restoring it goes. */
export type ControlKind =
  | 'input'
  | 'select'
  | 'cascader'
  | 'date'
  | 'range-start'
  | 'range-end'
  | 'number'
  | 'switch'
  | 'choice'
  | 'upload';

/** A native control that sits inside a framework widget. */
export interface Control {
  framework: FrameworkName;
  kind: ControlKind;
  /** The widget a person sees (the native input may be transparent): for visibility, hints and scrolling. */
  view: HTMLElement;
}

/** Why a value could not be put back: a key of the locale files (restoreWhy*). */
export type RestoreRefusal = 'restoreWhyNoOption' | 'restoreWhyUnsupported' | 'restoreWhyRejected';

export interface LabelHint {
  text: string;
  starred: boolean;
  /** A table cell's row (its number, or its row header), for identity and messages. */
  row?: string | null;
}

/**
 * One UI framework: how to tell it is on the page, and for a native control inside one of its widgets, what the
 * widget is, its label from the form-item structure, the value a person sees, and how to put a value back through
 * the widget itself so that the framework's model takes it.
 */
export interface FrameworkAdapter {
  name: FrameworkName;
  /** Signals in the page: the framework's own structure. */
  present(doc: Document): boolean;
  /**
   * The framework's containers whose change may relabel or re-mark any control inside them (a form item's label and
   * required class, a table's header): a rescan reads every control in them again (utils/fields/changes.ts).
   */
  labelScope: string;
  /**
   * Where a class change on an element holding no control may re-mark a control beside it (Ant Design's required
   * class is on the form item's label; Element's and layui's labels are found by class): a rescan reads every
   * control of the nearest such container again.
   */
  classScope?: string;
  /** Toggles it draws with no native control inside (a selector): found as fields too, read and written here. */
  toggles?: string;
  /**
   * Where such a toggle is a field: inside one of these (default: a `<form>`). A switch in a list table (启用状态,
   * which calls the server) or a page header (夜间模式) is the page's own control: restoring must never click it.
   */
  togglesWithin?: string;
  /** The widget a control belongs to; 'skip' for the framework's internals that are no field; null: plain HTML. */
  control(el: HTMLElement): Control | 'skip' | null;
  /** The label from the framework's form item or table column; null: fall back to the generic reading. */
  label(el: HTMLElement, control: Control | null): LabelHint | null;
  /** The kinds of widget it writes through the widget itself; the others take a value as plain HTML does. */
  writes: readonly ControlKind[];
  /** The message the framework itself shows under the control now (its own validation), if any. */
  ownMessage?(el: HTMLElement): string | null;
  /** The page marks it required in the framework's way. */
  required(el: HTMLElement): boolean;
  /** The value as displayed; null: read the native control. */
  read(el: HTMLElement, control: Control): string | null;
  /** Writes through the widget; resolves to null when the model took it, or why it was left as it was. */
  write(el: HTMLElement, control: Control, value: string): Promise<RestoreRefusal | null>;
  /** Both ends of a range picker at once (one end alone is no value the framework accepts). */
  writeRange?(view: HTMLElement, start: string, end: string): Promise<RestoreRefusal | null>;
}
