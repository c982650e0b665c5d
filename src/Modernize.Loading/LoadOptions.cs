namespace Modernize.Loading;

/// <summary>How a solution is loaded.</summary>
/// <param name="Safe">No MSBuild evaluation and no process started: project files are read as data (see docs/scan-json.md, fidelity mode <c>safe</c>).</param>
/// <param name="RestoreMissing">Outside safe mode, restore unrestored projects (and missing .NET Framework reference assemblies) into temporary or global folders, never into the scanned tree.</param>
public sealed record LoadOptions(bool Safe = false, bool RestoreMissing = true)
{
    /// <summary>Where project models are kept between scans (outside safe mode): projects whose inputs are unchanged load without MSBuild.</summary>
    public ModelCache.IProjectModelCache? ModelCache { get; init; }
}
