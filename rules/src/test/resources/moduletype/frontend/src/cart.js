// Extensionless relative imports: written for webpack's resolver, Node's ESM loader rejects them.
import { fetchItems } from './api';
import { format } from '../src/util/index';

export const total = async () => format((await fetchItems()).length);
