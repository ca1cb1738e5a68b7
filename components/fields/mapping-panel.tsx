import { useState } from 'preact/hooks';
import type { Bus } from '@/utils/content/bus';
import type { MappingTarget } from '@/utils/content/panel-source';
import { t } from '@/utils/i18n';
import type { FieldRule } from '@/utils/rules/types';
import type { ManualRule } from '@/utils/settings/mappings';
import { trusted } from '../ui/trusted';

const RULES: { value: string; key: Parameters<typeof t>[0]; rule: ManualRule | null }[] = [
  { value: '', key: 'ruleNone', rule: null },
  { value: 'integer', key: 'ruleInteger', rule: { kind: 'integer', min: 0 } },
  { value: 'decimal', key: 'ruleDecimal', rule: { kind: 'decimal', min: 0 } },
  { value: 'phone', key: 'rulePhone', rule: { kind: 'phone', accept: 'any' } },
  { value: 'mobile', key: 'ruleMobile', rule: { kind: 'phone', accept: 'mobile' } },
  { value: 'email', key: 'ruleEmail', rule: { kind: 'email' } },
  { value: 'url', key: 'ruleUrl', rule: { kind: 'url' } },
  { value: 'date', key: 'ruleDate', rule: { kind: 'date', precision: 'day' } },
  { value: 'month', key: 'ruleMonth', rule: { kind: 'date', precision: 'month' } },
  { value: 'maxChars', key: 'ruleMaxChars', rule: { kind: 'maxChars', max: 500 } },
];

function ruleChoice(rule: FieldRule | undefined): string {
  if (!rule) return '';
  if (rule.kind === 'phone') return rule.accept === 'mobile' ? 'mobile' : 'phone';
  if (rule.kind === 'date') return rule.precision === 'month' ? 'month' : 'date';
  return rule.kind;
}

/**
 * "指定字段": where recognition fails, the user picks a field on the page (click, or Enter on the focused field),
 * then gives it a label and/or a rule. Kept for this platform and page; wins over inference.
 */
export function MappingPanel(props: {
  bus: Bus;
  describe: (fieldId: string) => MappingTarget | null;
  save: (fieldId: string, mapping: { label?: string; rule?: ManualRule } | null) => Promise<void>;
}) {
  const [target, setTarget] = useState<MappingTarget | null>(null);
  const [picking, setPicking] = useState(false);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState('');
  const [max, setMax] = useState('500');
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    if (!props.bus.pick) return;
    setPicking(true);
    setError(null);
    const id = await props.bus.pick();
    setPicking(false);
    const tgt = id ? props.describe(id) : null;
    setTarget(tgt);
    if (tgt) {
      setLabel(tgt.current?.label ?? '');
      setKind(ruleChoice(tgt.current?.rule));
      setMax(String(tgt.current?.rule?.kind === 'maxChars' ? tgt.current.rule.max : 500));
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!target) return;
    const base = RULES.find((r) => r.value === kind)?.rule ?? null;
    let rule: ManualRule | undefined = base ?? undefined;
    if (base?.kind === 'maxChars') {
      const n = Number(max);
      if (!Number.isInteger(n) || n <= 0) return setError(t('mapMaxInvalid'));
      rule = { kind: 'maxChars', max: n };
    }
    const cleanLabel = label.trim();
    try {
      await props.save(target.id, cleanLabel || rule ? { label: cleanLabel || undefined, rule } : null);
      setTarget(null);
    } catch (err) {
      setError(t('sitesErrorStorage', String(err)));
    }
  };

  if (picking) {
    return (
      <p class="tb-warn" role="status" data-testid="map-picking">
        {t('mapPicking')}
      </p>
    );
  }
  if (!target) {
    return (
      <button type="button" class="tb-history-toggle" data-testid="map-field-start" onClick={trusted(start)}>
        {t('mapStart')}
      </button>
    );
  }
  return (
    <form class="tb-map" data-testid="map-form" onSubmit={(e) => (e.isTrusted ? void submit(e) : e.preventDefault())}>
      <p>
        {t('mapFieldIs')}
        <strong>{target.label || t('fieldUnlabelled')}</strong>
      </p>
      <label>
        {t('mapLabel')}
        <input
          data-testid="map-label"
          value={label}
          onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('mapRule')}
        <select
          data-testid="map-rule"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}
        >
          {RULES.map((r) => (
            <option value={r.value} key={r.value}>
              {t(r.key)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'maxChars' && (
        <label>
          {t('mapMax')}
          <input
            data-testid="map-max"
            inputMode="numeric"
            value={max}
            onInput={(e) => setMax((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      )}
      {error && (
        <p role="alert" class="tb-warn">
          {error}
        </p>
      )}
      <div class="tb-req-actions">
        <button type="submit" data-testid="map-save">
          {t('mapSave')}
        </button>
        <button type="button" onClick={() => setTarget(null)}>
          {t('mapCancel')}
        </button>
        {target.current && (
          <button
            type="button"
            data-testid="map-clear"
            onClick={trusted(() => void props.save(target.id, null).then(() => setTarget(null)))}
          >
            {t('mapClear')}
          </button>
        )}
      </div>
    </form>
  );
}
