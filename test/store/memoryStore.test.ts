import { memoryStore } from '../../src/store'
import { storeContract } from '../../src/testing'

storeContract('memoryStore', () => memoryStore())
