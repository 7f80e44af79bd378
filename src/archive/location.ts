/** Where an archive is, as messages may show it: a server URL's password is never printed. */
export function displayLocation(location: string): string {
  if (!/^postgres(ql)?:\/\//i.test(location)) return location
  try {
    const parsed = new URL(location)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'the PostgreSQL URL'
  }
}
