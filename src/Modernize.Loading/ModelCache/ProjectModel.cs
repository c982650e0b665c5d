namespace Modernize.Loading.ModelCache;

/// <summary>
/// What MSBuild evaluation and the design-time build produced for one project, in a form that can be stored and turned back into
/// a Roslyn project without MSBuild. Paths are the user's (never the private view's or the scratch folder's); documents whose file
/// only existed in the scan's scratch folder (generated AssemblyInfo, global usings, the generated .editorconfig) carry their text.
/// </summary>
/// <param name="Info">The model's project facts as loading produced them (fidelity, packages, references).</param>
/// <param name="GeneratedDocuments">Paths (relative to the scan root) of generated documents.</param>
public sealed record ProjectModel(
    Modernize.Model.Graph.ProjectInfo Info,
    IReadOnlyList<string> GeneratedDocuments,
    string Name,
    string AssemblyName,
    string Language,
    string FilePath,
    string? DefaultNamespace,
    OptionsModel Options,
    IReadOnlyList<DocumentModel> Documents,
    IReadOnlyList<DocumentModel> AdditionalDocuments,
    IReadOnlyList<DocumentModel> AnalyzerConfigDocuments,
    IReadOnlyList<ReferenceModel> MetadataReferences,
    IReadOnlyList<string> AnalyzerReferences,
    IReadOnlyList<ReferenceModel> ProjectReferences);

/// <param name="FilePath">The document's path as the scan names it.</param>
/// <param name="Text">The text, for documents whose file is not in the user's tree; null reads <paramref name="FilePath"/>.</param>
public sealed record DocumentModel(string FilePath, IReadOnlyList<string> Folders, string? Text);

/// <param name="Path">An assembly's full path, or a referenced project's path relative to the scan root.</param>
public sealed record ReferenceModel(string Path, IReadOnlyList<string> Aliases, bool EmbedInteropTypes);

/// <summary>A file that can change the project's model, with its SHA-256 when it was loaded (null: the file did not exist).</summary>
public sealed record InputFile(string Path, string? Hash);

/// <summary>A stored project model with the inputs it was made from.</summary>
public sealed record ProjectModelEntry(int Format, string Environment, IReadOnlyList<InputFile> Inputs, ProjectModel Model);

/// <summary>Scan-wide facts of a load: its warnings and the projects it could not scan, valid while the solution file and the project list are unchanged.</summary>
public sealed record SolutionModelEntry(int Format, string Environment, IReadOnlyList<InputFile> Inputs, IReadOnlyList<string> Projects, IReadOnlyList<string> Warnings, IReadOnlyList<Modernize.Model.Graph.MissingProject> MissingProjects);
