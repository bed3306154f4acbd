export { usAutoRevocationPolicy } from './usAutoRevocationPolicy'
