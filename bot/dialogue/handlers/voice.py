"""Voice messages in: transcribe, read back, act only when confirmed.

A voice note is transcribed by the locale's recognizer (:mod:`bot.asr`), and the transcript
is read back ("I heard: …, right?") with yes/no buttons. Only a confirmed transcript is
read as if it had been typed. Speech recognition makes mistakes, and acting on a misheard
"lost my ID card" would send someone down the wrong procedure.

A voice note in a language without a recognizer, or a second miss (nothing heard, or the
user said no), goes to a person: a handoff that keeps the recording for the operator
(:class:`bot.voiceclips.VoiceClips`, deleted with the handoff by the retention purge).
"""

from __future__ import annotations

import logging

from bot.asr import ASRError
from bot.core.messages import Button, Turn, msg
from bot.core.payloads import VoiceAnswer, format_payload
from bot.dialogue.buttons import button_named_by
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import stale
from bot.dialogue.handoff import hand_off
from bot.dialogue.pending import VoiceReadBack
from bot.dialogue.present.menu import human_button, menu_button
from bot.dialogue.router import Router
from bot.handoffs import HandoffReason

log = logging.getLogger(__name__)
router = Router("voice")

MAX_VOICE_MISSES = 2  # transcripts rejected (or nothing heard) before a person takes over


def waiting_transcript(ctx: TurnContext) -> VoiceReadBack | None:
    """The transcript read back and awaiting confirmation (or a retry after a miss)."""
    form = ctx.pending
    return form if isinstance(form, VoiceReadBack) else None


@router.media("voice")
async def voice_note(ctx: TurnContext, turn: Turn) -> None:
    """A voice note: read back what was heard, or hand it to a person. No audio: too big, or
    the channel could not download it."""
    audio = turn.audio or b""
    waiting = waiting_transcript(ctx)
    misses = waiting.misses if waiting else 0
    await _drop_clip(ctx, waiting)  # a new recording replaces the one awaiting confirmation
    if ctx.asr is None or not ctx.asr.supports(ctx.locale):
        await _voice_handoff(ctx, HandoffReason.VOICE_UNSUPPORTED, audio, "voice-unsupported")
        return
    heard = ""
    if audio:
        try:
            heard = (await ctx.asr.transcribe(audio, ctx.locale)).text.strip()
        except ASRError as exc:  # undecodable or failed: the message names the step, not the audio
            log.warning("a voice message could not be transcribed: %s", exc)
    if not heard:
        await _missed(ctx, misses + 1, audio)
        return
    clip = await ctx.clips.keep(audio) if ctx.clips is not None else None  # for a handoff
    ctx.pending = VoiceReadBack(text=heard, misses=misses, clip=clip)
    ctx.say(
        msg("voice-heard", text=heard),
        buttons=[
            Button(label=msg("voice-yes"), payload=format_payload(VoiceAnswer(value="yes"))),
            Button(label=msg("voice-no"), payload=format_payload(VoiceAnswer(value="no"))),
        ],
        speak=True,
    )


@router.payload(VoiceAnswer)
async def voice_answer(ctx: TurnContext, payload: VoiceAnswer) -> None:
    """The user's yes or no to a transcript read back."""
    waiting = waiting_transcript(ctx)
    heard = waiting.text if waiting else None
    if waiting is None or heard is None or payload.value not in ("yes", "no"):
        await stale(ctx)
        return
    if payload.value == "yes":
        ctx.pending = None
        await _drop_clip(ctx, waiting)
        await ctx.handle_text(heard)
        return
    await _missed(ctx, waiting.misses + 1, clip_ref=waiting.clip)


@router.pending(VoiceReadBack)
async def typed_reply_to_read_back(ctx: TurnContext, form: VoiceReadBack, text: str) -> bool:
    """A typed "yes"/"no" (or a button's number) answers the read-back; anything else drops
    the transcript and is read as usual."""
    pressed = button_named_by(ctx, text)
    if pressed is not None:
        await ctx.handle_text(pressed)
        return True
    await drop_voice(ctx)
    return False


async def _missed(
    ctx: TurnContext, misses: int, audio: bytes | None = None, *, clip_ref: str | None = None
) -> None:
    if misses >= MAX_VOICE_MISSES:
        await _voice_handoff(ctx, HandoffReason.TRANSCRIPT_REJECTED, audio, "voice-not-understood", clip_ref)
        return
    if clip_ref is not None and ctx.clips is not None:
        await ctx.clips.delete(clip_ref)
    ctx.pending = VoiceReadBack(misses=misses)
    ctx.say(msg("voice-retry"), buttons=[menu_button(), human_button()], speak=True)


async def _voice_handoff(
    ctx: TurnContext, reason: HandoffReason, audio: bytes | None, lead: str, clip_ref: str | None = None
) -> None:
    if clip_ref is None and audio and ctx.clips is not None:
        clip_ref = await ctx.clips.keep(audio)
    ctx.pending = None
    await hand_off(ctx, reason, None, audio_ref=clip_ref, lead=lead)


async def drop_voice(ctx: TurnContext) -> None:
    """Forget a transcript awaiting confirmation (the user moved on), with its recording."""
    waiting = waiting_transcript(ctx)
    if waiting is not None:
        ctx.pending = None
        await _drop_clip(ctx, waiting)


async def _drop_clip(ctx: TurnContext, waiting: VoiceReadBack | None) -> None:
    if waiting is not None and waiting.clip is not None and ctx.clips is not None:
        await ctx.clips.delete(waiting.clip)
