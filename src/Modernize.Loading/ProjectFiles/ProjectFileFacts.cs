using Modernize.Model.Graph;

namespace Modernize.Loading.ProjectFiles;

/// <summary>What a project file says, read as data (no MSBuild evaluation): enough to build a compilation without MSBuild.</summary>
/// <param name="Sdk">The <c>Sdk</c> attribute of an SDK-style project (for example <c>Microsoft.NET.Sdk.Web</c>).</param>
/// <param name="TargetFrameworks">Monikers such as <c>net48</c> or <c>net10.0</c>.</param>
/// <param name="FrameworkVersion">The legacy <c>TargetFrameworkVersion</c> (for example <c>v4.8</c>).</param>
/// <param name="SourceFiles">Absolute paths of the compiled source files.</param>
/// <param name="ProjectReferences">Absolute paths of referenced project files.</param>
/// <param name="References">Binary and framework references.</param>
/// <param name="Packages">PackageReference items and packages.config entries.</param>
/// <param name="Properties">The properties read (unconditioned or Debug-configuration groups), last definition wins.</param>
public sealed record ProjectFileFacts(
    string FullPath,
    string Name,
    string Language,
    ProjectStyle Style,
    string? Sdk,
    IReadOnlyList<string> TargetFrameworks,
    string? FrameworkVersion,
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<AssemblyReferenceItem> References,
    IReadOnlyList<PackageItem> Packages,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyList<string> VisualBasicImports,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>Every SDK the project names (attribute, <c>&lt;Sdk&gt;</c> elements, SDK imports), without versions: an Aspire AppHost adds <c>Aspire.AppHost.Sdk</c> beside <c>Microsoft.NET.Sdk</c>.</summary>
    public IReadOnlyList<string> Sdks { get; init; } = [];

    /// <summary>Absolute paths of the ORM and DataSet mapping files the project lists (<see cref="DataMappingFile"/>); empty unless read with <see cref="ProjectFileReader.ReadWithDataMappingFiles"/>.</summary>
    public IReadOnlyList<string> DataMappingFiles { get; init; } = [];

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public bool IsVisualBasic => Language == LanguageNames.VisualBasic;

    public string? Property(string name) => Properties.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool IsTrue(string name) => Property(name) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("enable", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A <c>&lt;Reference&gt;</c> item: simple name, and the hint path (absolute, as written) when given.</summary>
public sealed record AssemblyReferenceItem(string Name, string? HintPath);

/// <summary>A package a project uses, from <c>PackageReference</c> (<see cref="Source"/> = PackageReference) or packages.config.</summary>
public sealed record PackageItem(string Id, string? Version, string Source);

/// <summary>Display names of the two supported languages, as Roslyn spells them.</summary>
public static class LanguageNames
{
    public const string CSharp = "C#";
    public const string VisualBasic = "Visual Basic";
}
