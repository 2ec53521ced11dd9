import * as z from 'zod';
import { OrderRecordSchema } from './schema.js';

/**
 * The order lines of `detectDefection` (the same as `parseOrderRecords` accepts), shared by the
 * `parse…` function and the guard of the public function.
 *
 * @internal
 */
export const OrdersSchema = z.array(OrderRecordSchema).max(10_000_000).readonly();
