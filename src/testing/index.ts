export { type StoreFactory, storeContract } from './storeContract'
