namespace Modernize.Model.Analysis;

/// <summary>The granularity a metric, cycle or finding is about.</summary>
public enum PackageLevel
{
    Project,
    Namespace,
    Type,
    File,
    Cell,
}
