namespace Modernize.Extraction;

/// <summary>Progress of one project's walk: documents finished out of the project's total.</summary>
public sealed record ExtractionProgress(string Project, int DocumentsDone, int DocumentsTotal);
