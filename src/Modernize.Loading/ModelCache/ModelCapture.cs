using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Modernize.Loading.Workspace;

namespace Modernize.Loading.ModelCache;

/// <summary>Turns a project MSBuild loaded into a <see cref="ProjectModel"/>, while the scan's scratch folder still exists.</summary>
internal static class ModelCapture
{
    private static readonly string ScratchPrefix = Path.Combine(Path.GetTempPath(), "modernize-scan-");

    /// <summary>
    /// The model, or null when the project cannot be rebuilt from one: it was not loaded by MSBuild, it references a project or an
    /// analyzer that lives only in the scratch folder, or a reference that is not a file.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<ProjectModel?> CaptureAsync(LoadedProject loaded, string root, IReadOnlyDictionary<ProjectId, string> pathById, CancellationToken cancellationToken)
    {
        var project = loaded.Project;
        var options = OptionsModel.From(project);
        if (loaded.Info.Fidelity.Mode != Modernize.Model.Graph.LoadMode.MsBuild || options is null)
        {
            return null;
        }

        var filePath = Path.Combine(root, loaded.Info.Path);
        var obj = Path.Combine(Path.GetDirectoryName(filePath)!, "obj") + Path.DirectorySeparatorChar;
        var documents = await DocumentsAsync(project.Documents, obj, cancellationToken).ConfigureAwait(false);
        var additional = await DocumentsAsync(project.AdditionalDocuments, obj, cancellationToken).ConfigureAwait(false);
        var configs = await DocumentsAsync(project.AnalyzerConfigDocuments, obj, cancellationToken).ConfigureAwait(false);

        var metadata = new List<ReferenceModel>();
        foreach (var reference in project.MetadataReferences)
        {
            if (reference is not PortableExecutableReference { FilePath: { } path } || StablePath(path) is not { } stable)
            {
                return null;
            }

            metadata.Add(new ReferenceModel(stable, reference.Properties.Aliases, reference.Properties.EmbedInteropTypes));
        }

        var analyzers = new List<string>();
        foreach (var analyzer in project.AnalyzerReferences)
        {
            if (analyzer is not AnalyzerFileReference file || StablePath(file.FullPath) is not { } stable)
            {
                return null;
            }

            analyzers.Add(stable);
        }

        var projects = new List<ReferenceModel>();
        foreach (var reference in project.ProjectReferences)
        {
            if (!pathById.TryGetValue(reference.ProjectId, out var path))
            {
                return null; // a project MSBuild loaded that the scan does not list: its compilation would be missing
            }

            projects.Add(new ReferenceModel(path, reference.Aliases, reference.EmbedInteropTypes));
        }

        if (documents is null || additional is null || configs is null)
        {
            return null;
        }

        return new ProjectModel(
            loaded.Info,
            loaded.GeneratedDocuments.Order(StringComparer.Ordinal).ToList(),
            project.Name,
            project.AssemblyName,
            project.Language,
            filePath,
            project.DefaultNamespace,
            options,
            documents,
            additional,
            configs,
            metadata,
            analyzers,
            projects);
    }

    private static async Task<List<DocumentModel>?> DocumentsAsync(IEnumerable<TextDocument> documents, string obj, CancellationToken cancellationToken)
    {
        var result = new List<DocumentModel>();
        foreach (var document in documents)
        {
            if (document.FilePath is not { } path)
            {
                return null;
            }

            // Files the design-time build wrote (scratch obj/, renamed to the project's obj/) are gone after the scan: keep their text.
            var inTree = File.Exists(path) && !IsScratch(path) && !path.StartsWith(obj, StringComparison.Ordinal);
            var text = inTree ? null : (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            result.Add(new DocumentModel(path, document.Folders, text));
        }

        return result;
    }

    private static bool IsScratch(string path) => Path.GetFullPath(path).StartsWith(ScratchPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The path of a file that outlives the scan: paths in the scratch folder that go through a symbolic link (the .NET Framework
    /// reference assemblies are linked there) are resolved to the link's target; other scratch paths have none (null).
    /// </summary>
    private static string? StablePath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!IsScratch(full))
        {
            return full;
        }

        for (var folder = new DirectoryInfo(Path.GetDirectoryName(full)!); folder is not null && IsScratch(folder.FullName); folder = folder.Parent)
        {
            if (folder.LinkTarget is { } target)
            {
                var resolved = Path.Combine(Path.GetFullPath(target, folder.Parent!.FullName), Path.GetRelativePath(folder.FullName, full));
                return IsScratch(resolved) ? StablePath(resolved) : resolved;
            }
        }

        return null;
    }
}
