namespace Modernize.Analysis.Cells.Signals;

/// <summary>The kinds of evidence that tie two types together in the weighted graph.</summary>
public enum Signal
{
    /// <summary>References written in source (calls, fields, inheritance...).</summary>
    Structure,

    /// <summary>Run-time wiring resolved statically (mediator handlers, DI registrations, implementations, events, DbContext entities, HTTP endpoints).</summary>
    Wiring,

    /// <summary>Shared domain words in namespaces, folders, projects and type names.</summary>
    Naming,

    /// <summary>Shared tables or entities.</summary>
    Data,

    /// <summary>Files changed together in history.</summary>
    ChangeCoupling,

    /// <summary>The same module key from the code's own organisation (namespace, folder or project segment: <see cref="LayoutSignal"/>).</summary>
    Layout,
}
