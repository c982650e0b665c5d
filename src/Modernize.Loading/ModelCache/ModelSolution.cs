using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;

namespace Modernize.Loading.ModelCache;

/// <summary>Builds one Roslyn solution from project models, with no MSBuild: project references are wired by path.</summary>
internal static class ModelSolution
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (IDisposable Workspace, List<LoadedProject> Projects) Build(IReadOnlyList<ProjectModel> models)
    {
        var workspace = new AdhocWorkspace();
        var ids = models.ToDictionary(m => m.Info.Path, m => ProjectId.CreateNewId(m.Name), StringComparer.Ordinal);
        var analyzerLoader = new AnalyzerLoader();
        var assemblies = new Dictionary<string, PortableExecutableReference>(StringComparer.Ordinal);
        var infos = new List<ProjectInfo>();
        foreach (var model in models)
        {
            var id = ids[model.Info.Path];
            var directory = Path.GetDirectoryName(model.FilePath)!;
            var info = ProjectInfo.Create(
                    id,
                    VersionStamp.Default,
                    model.Name,
                    model.AssemblyName,
                    model.Language,
                    filePath: model.FilePath,
                    compilationOptions: model.Options.ToCompilationOptions(model.Language, directory),
                    parseOptions: model.Options.ToParseOptions(model.Language),
                    documents: Documents(id, model.Documents),
                    projectReferences: model.ProjectReferences.Where(r => ids.ContainsKey(r.Path)).Select(r => new ProjectReference(ids[r.Path], [.. r.Aliases], r.EmbedInteropTypes)),
                    metadataReferences: model.MetadataReferences.Select(r => Assembly(assemblies, r)),
                    analyzerReferences: model.AnalyzerReferences.Select(p => new AnalyzerFileReference(p, analyzerLoader)),
                    additionalDocuments: Documents(id, model.AdditionalDocuments))
                .WithAnalyzerConfigDocuments(Documents(id, model.AnalyzerConfigDocuments))
                .WithDefaultNamespace(model.DefaultNamespace);
            infos.Add(info);
        }

        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Default, projects: infos));
        var loaded = models.Select(m => new LoadedProject(m.Info, solution.GetProject(ids[m.Info.Path])!, m.GeneratedDocuments.ToHashSet(StringComparer.Ordinal))).ToList();
        return (workspace, loaded);
    }

    private static List<DocumentInfo> Documents(ProjectId project, IReadOnlyList<DocumentModel> documents) =>
        documents.Select(d => DocumentInfo.Create(
                DocumentId.CreateNewId(project, d.FilePath),
                Path.GetFileName(d.FilePath),
                d.Folders,
                SourceCodeKind.Regular,
                d.Text is null ? new SourceFileText(d.FilePath) : TextLoader.From(TextAndVersion.Create(SourceText.From(d.Text), VersionStamp.Default, d.FilePath)),
                d.FilePath))
            .ToList();

    /// <summary>One metadata image per assembly path, shared by every project that references it (as MSBuildWorkspace shares them).</summary>
    private static PortableExecutableReference Assembly(Dictionary<string, PortableExecutableReference> assemblies, ReferenceModel reference)
    {
        if (!assemblies.TryGetValue(reference.Path, out var shared))
        {
            assemblies[reference.Path] = shared = MetadataReference.CreateFromFile(reference.Path);
        }

        return shared.WithProperties(new MetadataReferenceProperties(MetadataImageKind.Assembly, [.. reference.Aliases], reference.EmbedInteropTypes));
    }

    /// <summary>Loads analyzers and source generators in a context of their own, their dependencies from beside them.</summary>
    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        private readonly Context context = new();

        public void AddDependencyLocation(string fullPath) => context.Folders.TryAdd(Path.GetDirectoryName(fullPath)!, 0);

        public Assembly LoadFromPath(string fullPath)
        {
            context.Folders.TryAdd(Path.GetDirectoryName(fullPath)!, 0);
            return context.LoadFromAssemblyPath(fullPath);
        }

        private sealed class Context() : AssemblyLoadContext("modernize-analyzers")
        {
            public System.Collections.Concurrent.ConcurrentDictionary<string, byte> Folders { get; } = new(StringComparer.Ordinal);

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                // Roslyn itself and the runtime come from the default context, so generators see the compiler's own types.
                if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName())))
                {
                    return null;
                }

                foreach (var folder in Folders.Keys)
                {
                    var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                    if (File.Exists(candidate))
                    {
                        return LoadFromAssemblyPath(candidate);
                    }
                }

                return null;
            }
        }
    }
}
