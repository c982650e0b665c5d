namespace Modernize.Model.Configuration;

/// <summary>How git history is read and judged (section <c>history</c>).</summary>
/// <param name="WindowDays">How far back history is read.</param>
/// <param name="MaxFilesPerCommit">Commits touching more files (mass reformatting, merges of branches) are left out of change coupling.</param>
/// <param name="MinRevisions">Files with fewer revisions get no change coupling.</param>
/// <param name="MinSharedRevisions">Pairs sharing fewer revisions are not coupled.</param>
/// <param name="MinCouplingDegree">Pairs below this degree are not reported.</param>
public sealed record HistorySettings(
    int WindowDays = 365,
    int MaxFilesPerCommit = 30,
    int MinRevisions = 3,
    int MinSharedRevisions = 2,
    double MinCouplingDegree = 0.3);
