import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultNetworkPolicy } from './policy.js';
import { NetworkInputSchema, NetworkPolicySchema, type NetworkInput, type NetworkPolicy } from './schema.js';

/**
 * Validates an untrusted network document: the shapes of actors, activities, resources and
 * links, plus unique ids, known references and a focal relationship between two different known
 * actors. ARA violations (links without an actor bond) are not input errors: {@link analyzeNetwork}
 * reports them.
 *
 * @param input - For example `{ actors, activities, resources, links, focal }` from JSON.
 * @returns The typed network.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { analyzeNetwork, parseNetwork } from 'b2b-relationships/network';
 * const n = parseNetwork({
 *   actors: [{ id: 'a' }, { id: 'b' }], activities: [], resources: [],
 *   links: [{ layer: 'actor-bond', from: 'a', to: 'b', intensity: 0.5 }],
 * });
 * analyzeNetwork(n).relationships.length; //=> 1
 * ```
 */
export function parseNetwork(input: unknown): NetworkInput {
  return parseWith(NetworkInputSchema, input, 'network');
}

/**
 * Validates an untrusted, possibly partial network policy and merges it over
 * {@link defaultNetworkPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseNetworkPolicy } from 'b2b-relationships/network';
 * parseNetworkPolicy({ combine: 'noisy-or' }).combine; //=> 'noisy-or'
 * ```
 */
export function parseNetworkPolicy(input: unknown): NetworkPolicy {
  return parsePolicy(NetworkPolicySchema, defaultNetworkPolicy, input, 'network policy');
}
