namespace Modernize.Analysis.Blockers;

/// <summary>Facts about a project file that are blockers by themselves.</summary>
public enum ProjectFact
{
    None,

    /// <summary>Old-style (non-SDK) project file.</summary>
    LegacyProjectFormat,

    /// <summary>NuGet packages listed in packages.config.</summary>
    PackagesConfig,

    /// <summary>Targets .NET Framework (net20 .. net481).</summary>
    NetFrameworkTarget,
}
