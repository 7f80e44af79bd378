interface ValidationError {
  instancePath: string
  message?: string
  params: Record<string, unknown>
}
declare function validate(data: unknown): boolean
declare namespace validate {
  let errors: ValidationError[] | null | undefined
}
export = validate
