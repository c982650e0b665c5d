namespace Modernize.Model.Analysis;

public enum Severity
{
    Info,
    Warning,
    Error,
}
