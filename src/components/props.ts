/** Props shared by components; a component takes one as `type Props = OneStrategy`. */
import type { StrategyView } from '../lib/model.ts';

/** A component that shows one strategy (its summary, downloads, review log). */
export type OneStrategy = { strategy: StrategyView };
