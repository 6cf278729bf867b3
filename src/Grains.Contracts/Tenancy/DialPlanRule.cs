namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// One dial-plan rule: dialled digits matching <see cref="Pattern"/> are rewritten by <see cref="Translation"/>
/// and treated as <see cref="Scope"/>. Rules are tried by ascending <see cref="Order"/>; the first match wins.
/// Syntax (docs/tenancy.md): literal 0-9 * # +, X any digit, N 2-9, Z 1-9, [1-5] / [135] classes, a trailing
/// "." (one or more digits) or "!" (zero or more), parentheses capture; the translation uses $0 (all dialled
/// digits) and $1..$9 (captures).
/// </summary>
public sealed record DialPlanRule(int Order, string Pattern, string Translation, CallScope Scope);
