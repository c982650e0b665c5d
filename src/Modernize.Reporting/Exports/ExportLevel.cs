namespace Modernize.Reporting.Exports;

/// <summary>The granularity of an exported dependency graph.</summary>
public enum ExportLevel
{
    Type,
    Namespace,
    Project,
}
