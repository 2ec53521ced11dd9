import { withArticle } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import type { RungId } from '../loyalty/constants.js';
import type { Quadrant, RkSegment } from '../portfolio/constants.js';
import type { GrowthApproach } from '../growth/constants.js';
import type { LostCustomerSegment, WinBackOffer } from '../reacquisition/schema.js';
import type { AccountOptions } from './schema.js';

/**
 * The words of a recommendation: a short imperative `title` and a one- or two-sentence
 * `instruction` with the numbers.
 *
 * @internal
 */
export interface Words {
  readonly title: string;
  readonly instruction: string;
}

/** Formats money and shares for titles and instructions. @internal */
export interface Say {
  /** An amount of money, rounded to a whole unit (to two significant digits below 10). */
  money(x: number): string;
  /** A share in [0, 1] as a percentage: `25%`, `2.5%`, `0.25%`. */
  pct(x: number): string;
  /** `3 years`, `1 year`. */
  years(n: number): string;
}

const FORMATS = new Map<string, { whole: Intl.NumberFormat; small: Intl.NumberFormat; share: Intl.NumberFormat }>();

/**
 * The formatter for a policy's `locale` and `currency`: `Intl.NumberFormat(locale)`, with the
 * currency's symbol when one is set. Formatters are built once per locale and currency.
 *
 * @internal
 */
export function sayer(a: Pick<AccountOptions, 'locale' | 'currency'>): Say {
  const key = `${a.locale}|${a.currency ?? ''}`;
  let f = FORMATS.get(key);
  if (f === undefined) {
    const base: Intl.NumberFormatOptions = a.currency === null ? {} : { style: 'currency', currency: a.currency };
    f = {
      whole: new Intl.NumberFormat(a.locale, { ...base, maximumFractionDigits: 0, minimumFractionDigits: 0 }),
      small: new Intl.NumberFormat(a.locale, { ...base, maximumSignificantDigits: 2 }),
      share: new Intl.NumberFormat(a.locale, { style: 'percent', maximumSignificantDigits: 2 }),
    };
    if (FORMATS.size > 64) FORMATS.clear();
    FORMATS.set(key, f);
  }
  const { whole, small, share } = f;
  return {
    money: (x) => (x !== 0 && Math.abs(x) < 10 ? small.format(x) : whole.format(x + 0)),
    pct: (x) => share.format(x + 0),
    years: (n) => (n === 1 ? '1 year' : `${String(n)} years`),
  };
}

const OFFER: Readonly<Record<WinBackOffer, string>> = {
  'price-discount': 'price discount',
  'service-upgrade': 'service upgrade',
  'discount-and-upgrade': 'discount plus service upgrade',
};

/** Words for `start-win-back`. @internal */
export function winBackWords(s: Say, p: { offer: WinBackOffer; segment: LostCustomerSegment; priority: Level; regainRatio: number; expectedProfit: number | null; years: number | null }): Words {
  const start = `Start the four-step reacquisition process for this ${p.segment} customer (${p.priority} priority) with a ${OFFER[p.offer]} offer`;
  if (p.expectedProfit === null) {
    return { title: 'Win the customer back', instruction: `${start}. No economics were given, so first put a number on its second lifetime value.` };
  }
  const life = p.years === null ? '' : ` and a second lifetime of about ${p.years.toFixed(1)} years`;
  return {
    title: 'Win the customer back',
    instruction: `${start}: at a regain ratio of ${s.pct(p.regainRatio)}${life}, the attempt is expected to return ${s.money(p.expectedProfit)}.`,
  };
}

/** Words for `let-go` of a lost customer. @internal */
export function letGoLostWords(s: Say, p: { segment: LostCustomerSegment; expectedProfit: number | null; min: number; addressable: boolean }): Words {
  if (!p.addressable) {
    return {
      title: 'Let the customer go',
      instruction: `${withArticle(p.segment, true)} customer is not worth addressing: make no offer. Record why it left and keep the door open should it come back by itself.`,
    };
  }
  return {
    title: 'Let the customer go',
    instruction: `A win-back is expected to return ${s.money(p.expectedProfit ?? 0)}, not more than ${s.money(p.min)}: make no offer, and record why it left.`,
  };
}

/** Words for `let-go` of an active, loss-making account. @internal */
export function letGoActiveWords(s: Say, p: { loss: number; years: number; value: number; best: { title: string; recovery: number } | null }): Words {
  const fix = p.best === null
    ? 'no repricing or cost cut is open to it'
    : `the best fix (${p.best.title.toLowerCase()}) recovers only ${s.money(p.best.recovery)} a year`;
  return {
    title: 'Let the account go',
    instruction: `It loses ${s.money(p.loss)} a year and ${fix}: end the relationship or stop serving it at a loss, which avoids ${s.money(p.value)} of losses over ${s.years(p.years)}.`,
  };
}

/** Words for `reprice`. @internal */
export function repriceWords(s: Say, p: { recovery: number; base: number; discounts: boolean; years: number; value: number; loss: number | null }): Words {
  const of = p.discounts ? 'cost to serve and discounts' : 'cost to serve';
  const why = p.loss === null ? '' : ` It loses ${s.money(p.loss)} a year now.`;
  return {
    title: 'Reprice the account',
    instruction: `Raise prices or cut discounts to recover ${s.money(p.recovery * p.base)} a year (${s.pct(p.recovery)} of its ${s.money(p.base)} ${of}), worth ${s.money(p.value)} over ${s.years(p.years)}.${why}`,
  };
}

/** Words for `reduce-cost-to-serve`. @internal */
export function reduceCostWords(s: Say, p: { share: number; costToServe: number; years: number; value: number; loss: number }): Words {
  return {
    title: 'Reduce the cost to serve',
    instruction: `Move service to cheaper channels and charge for extras to save ${s.money(p.share * p.costToServe)} a year (${s.pct(p.share)} of its ${s.money(p.costToServe)} cost to serve), worth ${s.money(p.value)} over ${s.years(p.years)}. It loses ${s.money(p.loss)} a year now.`,
  };
}

/** Words for `flare-out-unbundle`. @internal */
export function unbundleWords(s: Say, p: { saving: number; costToServe: number; years: number; value: number }): Words {
  return {
    title: 'Unbundle the offering',
    instruction: `The account buys more transactionally than the industry's usual bundle: offer a bare core and charge for services separately, saving ${s.money(p.saving * p.costToServe)} a year of cost to serve, worth ${s.money(p.value)} over ${s.years(p.years)}.`,
  };
}

/** Words for `flare-out-augment`. @internal */
export function augmentWords(s: Say, p: { uplift: number; grossMargin: number; years: number; value: number }): Words {
  return {
    title: 'Augment the offering',
    instruction: `The account works more collaboratively than the industry's usual bundle: add the services it values to gain ${s.money(p.uplift * p.grossMargin)} a year of gross margin, worth ${s.money(p.value)} over ${s.years(p.years)}.`,
  };
}

/** Words for `move-up-rung`. @internal */
export function moveUpWords(s: Say, p: { from: RungId; to: RungId; years: number; value: number } & ({ supplied: true; cost: number; annualGain: number } | { supplied: false; uplift: number })): Words {
  const title = `Move the customer up to ${p.to}`;
  if (p.supplied) {
    return { title, instruction: `Invest ${s.money(p.cost)} once to move it from ${p.from} to ${p.to}: it gains ${s.money(p.annualGain)} a year, net ${s.money(p.value)} over ${s.years(p.years)}.` };
  }
  return { title, instruction: `Move it from ${p.from} to ${p.to}: about ${s.pct(p.uplift)} more profit a year, worth ${s.money(p.value)} over ${s.years(p.years)} before the cost of the move.` };
}

/** Words for `grow-share-of-wallet`. @internal */
export function walletWords(s: Say, p: { capture: number; headroom: number; margin: number; years: number; value: number }): Words {
  return {
    title: 'Grow the share of wallet',
    instruction: `The customer spends ${s.money(p.headroom)} a year in the category with other suppliers: win ${s.pct(p.capture)} of it at the account's ${s.pct(p.margin)} margin, worth ${s.money(p.value)} over ${s.years(p.years)}.`,
  };
}

const QUADRANT_TITLE: Readonly<Record<Quadrant, string>> = {
  switcher: 'Serve the switcher at low cost',
  'most-valuable': 'Retain and protect the account',
  undesirable: 'Cut the cost to serve, or reprice',
  partner: 'Invest in the partnership',
};

/** Words for `manage-by-quadrant`. @internal */
export function quadrantWords(p: { quadrant: Quadrant; effort: Level; actions: readonly { description: string }[] }): Words {
  return {
    title: QUADRANT_TITLE[p.quadrant],
    instruction: `As ${withArticle(p.quadrant)} customer it calls for ${p.effort} selling effort. ${p.actions.slice(0, 2).map((a) => a.description).join(' ')}`,
  };
}

const SEGMENT_TITLE: Readonly<Record<RkSegment, string>> = {
  butterfly: 'Harvest the butterfly while it buys',
  'true-friend': 'Keep in touch with the true friend',
  stranger: 'Invest nothing in the stranger',
  barnacle: 'Measure the barnacle\'s wallet and share',
};

/** Words for `manage-by-tenure`. @internal */
export function tenureWords(p: { segment: RkSegment; actions: readonly { description: string }[] }): Words {
  return { title: SEGMENT_TITLE[p.segment], instruction: p.actions.map((a) => a.description).join(' ') };
}

/** Words for `grow-account`. @internal */
export function growWords(p: { approach: GrowthApproach; unmet: readonly string[]; risks: readonly string[] }): Words {
  const clause = (x: string): string => x.charAt(0).toLowerCase() + x.slice(1).replace(/\.$/, '');
  const unmet = p.unmet.length === 0 ? '' : ` Not yet met: ${p.unmet.map(clause).join('; ')}.`;
  const risks = p.risks.length === 0 ? '' : ` Watch: ${p.risks.map(clause).join('; ')}.`;
  if (p.approach === 'all-at-once') {
    return {
      title: 'Grow the account all at once',
      instruction: `Manage the larger customer through combined changes in its decision making and buying units, your offering and the selling skills it takes.${unmet}${risks}`,
    };
  }
  return {
    title: 'Grow the account step by step',
    instruction: `Start with a small, modular offer that fits a need the customer recognises, and expand from there.${unmet}${risks}`,
  };
}

/** Words for `engage-buyer`. @internal */
export function engageWords(p: { information: 'confirm-and-clarify' | 'add-insight'; framing: 'gain' | 'loss-avoidance'; tactics: readonly string[] }): Words {
  const frame = p.framing === 'gain' ? 'the gains it brings' : 'the losses and risks it avoids';
  return {
    title: p.information === 'confirm-and-clarify' ? 'Confirm and clarify what the buyer knows' : 'Bring the buyer new insight',
    instruction: `Frame the offer by ${frame}. Tactics: ${p.tactics.join(', ').replace(/-/g, ' ')}.`,
  };
}
