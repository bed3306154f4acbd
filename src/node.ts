export const z: number = 3
