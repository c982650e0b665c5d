namespace Modernize.Benchmarks.Generation;

/// <summary>A generated solution on disk: its .sln, its size, and the file the rescan edits.</summary>
internal sealed record GeneratedSolution(string SolutionPath, int Projects, int Files, int Lines, string EditableFile);
