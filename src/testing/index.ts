export const y: number = 2
