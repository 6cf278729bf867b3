using System.Collections;
using System.Reflection;
using Jint.Parser.Ast;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Makes a parsed program safe to run on more than one engine. Jint 2.10 caches the argument values of a call
/// whose arguments are all literals in the <see cref="CallExpression"/> itself, and a regular-expression literal
/// is an object of the engine that first ran it: a second run would get the first run's RegExp, with its
/// <c>lastIndex</c>, and keep that engine alive. Turning the cache off per call expression restores the ES5
/// rule that each evaluation makes a new RegExp, for the cost of evaluating a few literals again.
/// </summary>
internal static class ArgumentCaching
{
    public static void Disable(Program program)
    {
        var visited = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<SyntaxNode>();
        pending.Push(program);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            if (node is CallExpression call)
            {
                call.CanBeCached = false;
            }

            foreach (var child in Children(node))
            {
                pending.Push(child);
            }
        }
    }

    // The tree's node types keep their children in public fields and properties, single or in lists; walking
    // them by reflection covers every node type of the pinned Jint version without listing them.
    private static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        var type = node.GetType();
        var values = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.GetValue(node))
            .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                .Select(p => p.GetValue(node)));
        foreach (var value in values)
        {
            switch (value)
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is SyntaxNode listed)
                        {
                            yield return listed;
                        }
                    }

                    break;
            }
        }
    }
}
