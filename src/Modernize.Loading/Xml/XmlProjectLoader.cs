using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;

namespace Modernize.Loading.Xml;

/// <summary>
/// Builds Roslyn projects from project-file facts alone, in an <see cref="AdhocWorkspace"/>: the fallback for projects MSBuild
/// cannot load, and the whole loader in safe mode. References come only from known locations; in safe mode sources too
/// (<paramref name="safeLocations"/>).
/// </summary>
public sealed class XmlProjectLoader(FrameworkAssemblies frameworks, PackageResolver packages, KnownLocations? safeLocations = null)
{
    private static readonly string[] CSharpImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] WebImplicitUsings =
        ["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly string[] VisualBasicSdkImports =
        ["Microsoft.VisualBasic", "System", "System.Collections", "System.Collections.Generic", "System.Data", "System.Diagnostics", "System.Linq", "System.Xml.Linq", "System.Threading.Tasks"];

    private readonly Dictionary<string, MetadataReference> referenceCache = new(StringComparer.Ordinal);

    /// <summary>A project to build, how it is loaded and the warnings gathered so far.</summary>
    public sealed record Request(ProjectFileFacts Facts, LoadMode Mode, IReadOnlyList<string> Warnings);

    /// <param name="loadedElsewhere">Compilation references to projects already loaded by MSBuild, by full project path.</param>
    public (AdhocWorkspace Workspace, IReadOnlyList<LoadedProject> Projects) Load(string root, IReadOnlyList<Request> requests, IReadOnlyDictionary<string, MetadataReference> loadedElsewhere)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(loadedElsewhere);
        var ids = requests.ToDictionary(r => r.Facts.FullPath, _ => ProjectId.CreateNewId(), StringComparer.Ordinal);
        var infos = new List<Microsoft.CodeAnalysis.ProjectInfo>();
        var results = new List<(Request Request, ProjectId Id, IReadOnlySet<string> Generated, List<string> Warnings)>();
        foreach (var request in requests)
        {
            var facts = request.Facts;
            var id = ids[facts.FullPath];
            var warnings = request.Warnings.ToList();
            var moniker = facts.TargetFrameworks.Count > 0 ? facts.TargetFrameworks[0] : "net10.0";
            var references = new List<string>();
            var framework = frameworks.For(facts, moniker);
            references.AddRange(framework.Assemblies);
            warnings.AddRange(framework.Warnings);
            var known = request.Mode == LoadMode.Safe ? safeLocations : null;
            references.AddRange(PackageAssemblies(facts, moniker, warnings).Where(r => Allowed(r, known, "assembly reference", root, warnings, l => l.IsReference(r))));

            var documents = new List<DocumentInfo>();
            var generated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in facts.SourceFiles.Where(f => Allowed(f, known, "source file", root, warnings, l => l.IsSource(f))))
            {
                if (SourceFileText.IsTooLarge(file, out var size))
                {
                    warnings.Add(SourceFileText.TooLargeWarning(RootPaths.Relative(root, file), size));
                    continue;
                }

                documents.Add(DocumentInfo.Create(DocumentId.CreateNewId(id), Path.GetFileName(file), loader: new SourceFileText(file), filePath: file));
                if (GeneratedCode.IsGenerated(file))
                {
                    generated.Add(RootPaths.Relative(root, file));
                }
            }

            var implicitUsings = ImplicitUsingsDocument(id, facts);
            if (implicitUsings is not null)
            {
                documents.Add(implicitUsings);
                generated.Add(RootPaths.Relative(root, implicitUsings.FilePath!));
            }

            var projectReferences = facts.ProjectReferences.Where(ids.ContainsKey).Select(p => new ProjectReference(ids[p])).ToList();
            var metadata = references.Distinct(StringComparer.Ordinal).Select(Reference).ToList();
            metadata.AddRange(facts.ProjectReferences.Where(p => !ids.ContainsKey(p) && loadedElsewhere.ContainsKey(p)).Select(p => loadedElsewhere[p]));
            var missingProjects = facts.ProjectReferences.Where(p => !ids.ContainsKey(p) && !loadedElsewhere.ContainsKey(p)).ToList();
            warnings.AddRange(missingProjects.Select(p => $"referenced project {RootPaths.Relative(root, p)} is not part of the scan; its types will not resolve"));

            var parseOptions = ParseOptions(facts, moniker);
            infos.Add(Microsoft.CodeAnalysis.ProjectInfo.Create(
                id,
                VersionStamp.Create(),
                facts.Name,
                facts.Property("AssemblyName") ?? facts.Name,
                facts.IsVisualBasic ? Microsoft.CodeAnalysis.LanguageNames.VisualBasic : Microsoft.CodeAnalysis.LanguageNames.CSharp,
                filePath: facts.FullPath,
                compilationOptions: CompilationOptions(facts, parseOptions),
                parseOptions: parseOptions,
                documents: documents,
                projectReferences: projectReferences,
                metadataReferences: metadata));
            results.Add((request, id, generated, warnings));
        }

        var workspace = new AdhocWorkspace();
        workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Create(), projects: infos));
        var solution = workspace.CurrentSolution;
        var loaded = results.Select(r =>
        {
            var project = solution.GetProject(r.Id)!;
            var info = ProjectInfoBuilder.Build(root, r.Request.Facts, r.Request.Mode, project.DocumentIds.Count, r.Request.Facts.TargetFrameworks, r.Request.Facts.ProjectReferences, packages, r.Warnings);
            return new LoadedProject(info, project, r.Generated);
        }).ToList();
        return (workspace, loaded);
    }

    /// <summary>In safe mode, whether a file lies in a known location (a warning when not); always true otherwise.</summary>
    private static bool Allowed(string path, KnownLocations? known, string what, string root, List<string> warnings, Func<KnownLocations, bool> test)
    {
        if (known is null || test(known))
        {
            return true;
        }

        warnings.Add($"{what} {RootPaths.Relative(root, path)} is outside the scanned tree and the known package folders (or a link leading there): not read in safe mode");
        return false;
    }

    private List<string> PackageAssemblies(ProjectFileFacts facts, string moniker, List<string> warnings)
    {
        var result = new List<string>();
        foreach (var reference in facts.References.Where(r => r.HintPath is not null))
        {
            var mapped = packages.MapHintPath(reference.HintPath!, facts.Packages);
            if (mapped is null)
            {
                warnings.Add($"reference {reference.Name}: HintPath {reference.HintPath} not found (nor in the global packages folder)");
            }
            else
            {
                result.Add(mapped);
            }
        }

        // A restored SDK project knows its whole package closure; read it rather than guess.
        result.AddRange(PackageReferenceAssemblies.Of(facts, Path.Combine(facts.Directory, "obj", "project.assets.json"), packages, moniker));

        warnings.AddRange(ProjectInfoBuilder.MissingPackageWarnings(facts, packages));
        return result;
    }

    private MetadataReference Reference(string path)
    {
        lock (referenceCache)
        {
            if (!referenceCache.TryGetValue(path, out var reference))
            {
                reference = MetadataReference.CreateFromFile(path);
                referenceCache[path] = reference;
            }

            return reference;
        }
    }

    private static DocumentInfo? ImplicitUsingsDocument(ProjectId id, ProjectFileFacts facts)
    {
        if (facts.IsVisualBasic || !facts.IsTrue("ImplicitUsings"))
        {
            return null;
        }

        var web = facts.Sdk?.Contains(".Web", StringComparison.OrdinalIgnoreCase) == true;
        var namespaces = web ? CSharpImplicitUsings.Concat(WebImplicitUsings) : CSharpImplicitUsings;
        var text = "// <auto-generated/>\n" + string.Concat(namespaces.Select(n => $"global using global::{n};\n"));
        var path = Path.Combine(facts.Directory, "obj", facts.Name + ".GlobalUsings.g.cs");
        return DocumentInfo.Create(
            DocumentId.CreateNewId(id),
            Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path)),
            filePath: path);
    }

    private static CompilationOptions CompilationOptions(ProjectFileFacts facts, ParseOptions parseOptions)
    {
        if (facts.IsVisualBasic)
        {
            var imports = facts.VisualBasicImports.Count > 0 || facts.Style == ProjectStyle.Legacy ? facts.VisualBasicImports : VisualBasicSdkImports;
            return new VisualBasicCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                rootNamespace: facts.Property("RootNamespace") ?? facts.Name,
                globalImports: GlobalImport.Parse(imports),
                optionStrict: facts.Property("OptionStrict")?.Equals("On", StringComparison.OrdinalIgnoreCase) == true ? OptionStrict.On : OptionStrict.Off,
                optionInfer: facts.Property("OptionInfer")?.Equals("Off", StringComparison.OrdinalIgnoreCase) != true,
                optionExplicit: facts.Property("OptionExplicit")?.Equals("Off", StringComparison.OrdinalIgnoreCase) != true,
                optionCompareText: facts.Property("OptionCompare")?.Equals("Text", StringComparison.OrdinalIgnoreCase) == true,
                parseOptions: (VisualBasicParseOptions)parseOptions);
        }

        return new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: facts.IsTrue("AllowUnsafeBlocks"),
            nullableContextOptions: facts.IsTrue("Nullable") ? NullableContextOptions.Enable : NullableContextOptions.Disable);
    }

    private static ParseOptions ParseOptions(ProjectFileFacts facts, string moniker)
    {
        var defines = facts.Property("DefineConstants");
        if (facts.IsVisualBasic)
        {
            return VisualBasicSymbols.Apply(new VisualBasicParseOptions(Microsoft.CodeAnalysis.VisualBasic.LanguageVersion.Latest), defines, facts.Property("MyType"));
        }

        var symbols = (defines ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(["DEBUG", "TRACE"])
            .Concat(FrameworkSymbols(moniker))
            .Distinct(StringComparer.Ordinal);
        var version = facts.Property("LangVersion") is { } text && Microsoft.CodeAnalysis.CSharp.LanguageVersionFacts.TryParse(text, out var parsed)
            ? parsed
            : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        return new CSharpParseOptions(version, preprocessorSymbols: symbols);
    }

    /// <summary>The framework symbols the SDK defines, for example NETFRAMEWORK and NET48, or NET and NET10_0.</summary>
    private static IEnumerable<string> FrameworkSymbols(string moniker)
    {
        var framework = TargetFrameworkCompatibility.Parse(moniker);
        var upper = moniker.Split('-')[0].ToUpperInvariant().Replace('.', '_');
        return framework.Family switch
        {
            TargetFrameworkCompatibility.Family.NetFramework => ["NETFRAMEWORK", upper],
            TargetFrameworkCompatibility.Family.NetStandard => ["NETSTANDARD", upper],
            TargetFrameworkCompatibility.Family.NetCore => ["NET", "NETCOREAPP", upper],
            _ => [],
        };
    }
}
