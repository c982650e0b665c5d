using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests.Support;

/// <summary>Builds a real Roslyn solution in an AdhocWorkspace from sources written in a test, wrapped as a LoadedWorkspace.</summary>
internal sealed class TestSolution(string root = "/scan")
{
    /// <summary>The project-level Imports an SDK-style .vbproj gets by default.</summary>
    private static readonly string[] VisualBasicSdkImports =
        ["Microsoft.VisualBasic", "System", "System.Collections", "System.Collections.Generic", "System.Diagnostics", "System.Linq", "System.Threading.Tasks"];

    private readonly AdhocWorkspace workspace = new();
    private readonly List<(ProjectId Id, string Path, string Language, HashSet<string> Generated, List<PackageReferenceInfo> Packages)> projects = [];

    public ProjectId AddProject(
        string name,
        IEnumerable<(string Path, string Text)> sources,
        string language = LanguageNames.CSharp,
        IEnumerable<MetadataReference>? references = null,
        IEnumerable<ProjectId>? projectReferences = null,
        IEnumerable<string>? generated = null,
        bool withRuntime = true,
        IEnumerable<PackageReferenceInfo>? packages = null,
        bool nullable = false,
        string? rootNamespace = null)
    {
        var id = ProjectId.CreateNewId(name);
        var extension = language == LanguageNames.CSharp ? "csproj" : "vbproj";
        var projectPath = $"{name}/{name}.{extension}";
        var metadata = (withRuntime ? RuntimeReferences.Runtime : []).Concat(references ?? []);
        CompilationOptions options = language == LanguageNames.CSharp
            ? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable)
            : new VisualBasicCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                globalImports: GlobalImport.Parse(VisualBasicSdkImports),
                rootNamespace: rootNamespace ?? string.Empty,
                optionStrict: OptionStrict.On,
                optionInfer: true);
        ParseOptions parse = language == LanguageNames.CSharp
            ? new CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
            : new VisualBasicParseOptions(Microsoft.CodeAnalysis.VisualBasic.LanguageVersion.Latest);
        var info = Microsoft.CodeAnalysis.ProjectInfo.Create(
            id, VersionStamp.Default, name, name, language,
            filePath: $"{root}/{projectPath}",
            compilationOptions: options,
            parseOptions: parse,
            metadataReferences: metadata,
            projectReferences: (projectReferences ?? []).Select(p => new ProjectReference(p)));
        var solution = workspace.CurrentSolution.AddProject(info);
        foreach (var (path, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), Path.GetFileName(path), SourceText.From(text), filePath: $"{root}/{path}");
        }

        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("Could not add project " + name);
        }

        projects.Add((id, projectPath, language, [.. generated ?? []], [.. packages ?? []]));
        return id;
    }

    public LoadedWorkspace Load()
    {
        var solution = workspace.CurrentSolution;
        var loaded = projects.Select(p =>
        {
            var project = solution.GetProject(p.Id)!;
            var fidelity = new ProjectFidelity(LoadMode.MsBuild, project.Documents.Count(), 0, 0, 0, [], ["loaded by the test"]);
            var info = new Modernize.Model.Graph.ProjectInfo(
                project.Name,
                p.Path,
                p.Language == LanguageNames.CSharp ? "C#" : "Visual Basic",
                ["net10.0"],
                ProjectStyle.Sdk,
                fidelity,
                p.Packages,
                [],
                [.. project.ProjectReferences.Select(r => projects.Single(x => x.Id == r.ProjectId).Path)]);
            return new LoadedProject(info, project, p.Generated);
        }).ToList();
        return new LoadedWorkspace(root, "Test.sln", loaded, [], [workspace]);
    }

    public static async Task<CodeGraph> ExtractAsync(LoadedWorkspace workspace, bool includeGenerated = false) =>
        await new CodeGraphExtractor(new ExtractionOptions(includeGenerated)).ExtractAsync(workspace, null, CancellationToken.None);
}
