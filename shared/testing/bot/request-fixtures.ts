/** A complete, valid intake for Ashcombe (themes from its strategy). */
export function validRequestBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Bulky waste collections booked online',
    serviceArea: 'Waste and Recycling',
    sponsor: 'Head of Environmental Services',
    problem: 'Residents phone to book bulky waste collections; the contact centre re-keys each booking.',
    proposedOutcome: 'Residents book and pay online and crews see the bookings on their tablets.',
    themeIds: ['digital-residents'],
    capitalCost: 12000,
    revenueCost: 3000,
    ictEffortDays: 15,
    neededBy: '2027-05-31',
    ...overrides,
  };
}
